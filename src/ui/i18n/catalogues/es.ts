/**
 * Español (es): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('es');

/** A number of characters, in the right singular or plural form. */
const countCharacters = (count: number) =>
  plural(count, { one: '# carácter', other: '# caracteres' });

const es: Messages = {
  app: {
    skipToContent: 'Ir al contenido',
    navigation: 'Vistas',
    views: {
      shop: 'Pedir un certificado',
      result: 'Resultado del pedido',
      generate: 'Generar clave y CSR',
    },
    loading: 'Cargando…',
    loadFailed: 'No se ha podido cargar esta página. Vuelva a cargarla para intentarlo de nuevo.',
    insecure:
      'Esta página se abrió mediante http sin cifrar, por lo que su navegador no le permite crear claves ni comprobar certificados. Ábrala con https:// para usarlo todo.',
    privacy:
      'Todo funciona en su navegador. Nada de lo que escribe, ninguna clave y ninguna contraseña salen de esta página, salvo el pedido que usted decida enviar a Sectigo.',
  },
  common: {
    language: 'Idioma',
    continue: 'Continuar',
    back: 'Atrás',
    required: 'obligatorio',
    technicalDetails: 'Detalles técnicos (para el servicio de asistencia)',
    technicalDetailsHelp:
      'Lo que la página envía o ha recibido, con los nombres que usa la interfaz de Sectigo. Solo lo necesita si el servicio de asistencia se lo pide.',
    tooLong: (label: string, max: number) => `${label}: use como máximo ${countCharacters(max)}.`,
    atMost: (max: number) => `Como máximo ${countCharacters(max)}.`,
    invalid: (label: string) => `${label}: este valor no se acepta. Revíselo e inténtelo de nuevo.`,
    invalidCharacters: (label: string) =>
      `${label}: elimine los caracteres invisibles o dañados (péguelo como texto sin formato).`,
    chooseOption: '— elija —',
    support: {
      title: '¿Necesita ayuda?',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      pages: 'Páginas de ayuda',
    },
    keyLoss: {
      confirm:
        'Su clave privada aún no se ha guardado. Si continúa, se perderá para siempre y no podrá usar un certificado pedido con ella. ¿Continuar de todos modos?',
    },
    chooseFile: 'Elegir un archivo…',
    files: {
      dropHere: 'o arrastre un archivo aquí',
      clear: 'Borrar',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} ocupa ${formatNumber(mebibytes)} MiB; los archivos de más de ${formatNumber(max)} MiB no se leen.`,
    },
    copy: {
      button: 'Copiar',
      copied: 'Copiado',
      failed: 'No se pudo copiar',
      label: (what: string) => `Copiar ${what}`,
      done: (what: string) => `${what}: copiado`,
      couldNot: 'No se pudo copiar',
    },
    download: (filename: string) => `Descargar ${filename}`,
  },
  params: {
    foreName: {
      label: 'Nombre',
      help: 'Tal como debe aparecer en su certificado.',
      required: 'Escriba su nombre (o sus apellidos).',
    },
    surName: {
      label: 'Apellidos',
      required: 'Escriba sus apellidos (o su nombre).',
    },
    emailAddress: {
      label: 'Su dirección de correo electrónico',
      help: 'El certificado se emitirá para este buzón. Sectigo le envía un enlace de verificación.',
      required: 'Escriba su dirección de correo electrónico.',
      invalid: 'Escriba su dirección de correo electrónico con la forma nombre@example.com.',
    },
    telephoneNumber: {
      label: 'Número de teléfono',
      help: 'Opcional. Solo se usa si Sectigo necesita ponerse en contacto con usted por este pedido.',
      required: 'Escriba su número de teléfono.',
    },
    organizationName: {
      label: 'Nombre de la organización',
      help: 'La razón social registrada, exactamente como figura en el registro oficial.',
      required: 'Escriba la razón social registrada de su organización.',
    },
    streetAddress1: {
      label: 'Dirección',
      help: 'La dirección registrada de la organización.',
      required: 'Escriba la dirección (calle y número) de su organización.',
    },
    streetAddress2: {
      label: 'Dirección (línea 2)',
      help: 'Opcional.',
      required: 'Escriba la segunda línea de la dirección.',
    },
    localityName: {
      label: 'Localidad o ciudad',
      help: 'Indique la localidad o ciudad, o bien la provincia o región (al menos una de ellas).',
      required: 'Escriba la localidad o ciudad (o la provincia o región).',
    },
    stateOrProvinceName: {
      label: 'Provincia o región',
      required: 'Escriba la provincia o región (o la localidad o ciudad).',
    },
    postalCode: {
      label: 'Código postal',
      required: 'Escriba el código postal.',
    },
    countryName: {
      label: 'País',
      required: 'Elija el país de su organización.',
      invalid: 'Elija el país de la lista.',
    },
    organizationIdentifier: {
      label: 'Identificador de la organización',
      help: 'El número con el que está registrada su organización (por ejemplo, su número de registro mercantil o de IVA).',
      required: 'Escriba el número de registro de su organización.',
    },
    loginName: {
      label: 'Nombre de la cuenta',
      help: 'El nombre de su cuenta de Sectigo (distingue mayúsculas y minúsculas). Lo necesitará más adelante para recoger el certificado.',
      required: 'Escriba el nombre de su cuenta.',
    },
    loginPassword: {
      label: 'Contraseña de la cuenta',
      help: 'Distingue mayúsculas y minúsculas. Solo se envía a Sectigo; esta página nunca la guarda.',
      required: 'Escriba la contraseña de su cuenta.',
    },
    orderNumber: {
      label: 'Número de pedido',
      help: 'El número que se mostró al hacer el pedido (solo cifras).',
      required: 'Escriba su número de pedido o, en su lugar, use un código de recogida.',
      invalid: 'Un número de pedido solo contiene cifras, por ejemplo 8151164.',
    },
    collectionCode: {
      label: 'Código de recogida',
      help: 'Si ha recibido un código de recogida, puede usarlo solo, sin el nombre ni la contraseña de su cuenta.',
      required: 'Escriba su código de recogida.',
    },
  },
  shop: {
    defaultTitle: 'Pedir un certificado de correo electrónico',
    needsConfig:
      'Para aceptar pedidos, esta página necesita un archivo config.json del revendedor.',
    steps: {
      label: 'Pasos',
      product: 'Certificado',
      details: 'Sus datos',
      key: 'Su clave',
      review: 'Revisión y pedido',
    },
    start: {
      collectLink: 'Recoger un certificado que ya ha pedido',
      collectHint:
        '¿Ya ha hecho el pedido? Recoja su certificado y cree el archivo para su programa de correo.',
    },
    product: {
      legend: 'Elija su certificado',
      groupLabel: 'Certificado',
      names: {
        mailbox: 'Certificado de correo electrónico',
        organization: 'Certificado de correo electrónico con el nombre de su organización',
      },
      blurbs: {
        mailbox:
          'Firma y cifra su correo electrónico. Sectigo comprueba que el buzón es suyo enviándole un enlace.',
        organization:
          'Firma y cifra el correo electrónico y muestra el nombre de su organización. Sectigo también comprueba su organización, por lo que se necesitan su razón social y su dirección registradas.',
      },
      years: (years: number) => plural(years, { one: '# año', other: '# años' }),
      price: (price: string) => `Precio: ${price}`,
      choose: 'Elija un certificado para continuar.',
    },
    details: {
      aboutYou: 'Sobre usted',
      organization: 'Su organización',
      account: 'Su cuenta de Sectigo',
      accountHelp:
        'Sectigo guarda su certificado en una cuenta. Más adelante necesitará su nombre y su contraseña para recoger el certificado.',
      newAccount: 'Aún no tengo cuenta: crearla con este nombre y esta contraseña',
      existingAccount: 'Ya tengo una cuenta',
      confirmPassword: 'Repita la contraseña',
      confirmPasswordHelp: 'Escriba otra vez la misma contraseña.',
      passwordsDiffer: 'Las dos contraseñas son distintas. Escriba la misma contraseña dos veces.',
      retypePassword:
        'Por su seguridad, esta página olvidó su contraseña después de enviarla. Escríbala de nuevo.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Hay un punto que requiere su atención más abajo.',
          other: 'Hay # puntos que requieren su atención más abajo.',
        }),
    },
    key: {
      legend: 'Su clave privada',
      intro: (email: string) =>
        `Su certificado necesita un par de claves. Se crea ahora, en este navegador, para ${email}. Solo la mitad pública se envía a Sectigo; la clave privada se queda con usted.`,
      saveFirst:
        'Guárdela antes de hacer el pedido: la necesita para instalar el certificado y nadie puede recuperarla.',
      make: 'Crear mi clave',
      making: 'Creando su clave…',
      ready: 'Su clave está lista.',
      download: 'Descargar mi clave privada (.key)',
      confirmSaved: 'He guardado mi clave privada',
      mustSave: 'Descargue su clave privada (o confirme que la ha guardado) antes de continuar.',
      makeFirst: 'Primero cree su clave.',
      failed:
        'No se ha podido crear su clave en este navegador. Vuelva a cargar la página e inténtelo de nuevo.',
      keptFromBefore:
        'Está usando la misma clave que antes. El archivo de clave que guardó sigue correspondiendo a este pedido.',
      makeNew: 'Crear una clave nueva en su lugar',
      makeNewHelp:
        'Solo si ha perdido el archivo de clave. El archivo anterior no servirá para el nuevo pedido.',
    },
    review: {
      title: 'Revise su pedido',
      intro: 'Compruebe su pedido. Su clave privada no se envía: se queda con usted.',
      certificate: 'Certificado',
      validity: 'Validez',
      price: 'Precio',
      mailbox: 'Buzón',
      name: 'Nombre',
      organization: 'Organización',
      address: 'Dirección',
      identifier: 'Identificador de la organización',
      account: 'Cuenta de Sectigo',
      accountNew: (name: string) => `${name} (cuenta nueva)`,
      accountExisting: (name: string) => `${name} (cuenta existente)`,
      whatHappens: 'Cuando pulse «Hacer el pedido»',
      happens: [
        'La página segura de Sectigo se abre en una pestaña nueva con su pedido. Esta pestaña sigue abierta, así que no se pierde nada de lo que ha escrito si algo sale mal.',
        'Sectigo envía un enlace de verificación a su buzón.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} aprueba el pedido antes de que Sectigo emita el certificado.`,
      placeOrder: 'Hacer el pedido',
      fixFirst: 'Corrija esto antes de hacer el pedido:',
      edit: 'Cambiar',
      sentParams: 'Lo que se envía a Sectigo',
      csrSummary: (characters: number) =>
        `solicitud de certificado con su clave pública (${countCharacters(characters)})`,
      passwordHidden: '(oculta)',
    },
    waiting: {
      title: 'Su pedido está en manos de Sectigo',
      body: 'La página de Sectigo se abrió en una pestaña nueva. Cuando Sectigo haya respondido, el resultado aparecerá en esa pestaña y aquí.',
      noTab:
        '¿No se abrió ninguna pestaña? Puede que su navegador la haya bloqueado: permita las ventanas emergentes para esta página y pulse otra vez «Hacer el pedido».',
      again: 'Hacer el pedido de nuevo',
    },
    error: {
      title: 'Su pedido no se ha realizado',
      whatToDo: 'Qué puede hacer',
      tryAgain: 'Intentarlo de nuevo',
      tryAgainHelp:
        'Todo lo que escribió sigue aquí, y también su clave. Por su seguridad, debe escribir de nuevo su contraseña.',
      contactSupport: 'Si vuelve a ocurrir, póngase en contacto con nosotros:',
    },
    success: {
      title: 'Gracias: su pedido se ha realizado',
      orderNumber: 'Su número de pedido',
      keepIt: 'Guarde este número: lo necesitará para recoger su certificado.',
      next: 'Qué ocurre ahora',
      steps: {
        verify: (email: string) =>
          `Sectigo envía un correo electrónico a ${email}. Ábralo y siga el enlace para confirmar que el buzón es suyo.`,
        organization:
          'Sectigo comprueba el nombre y la dirección de su organización. Esto puede tardar unos días laborables.',
        approve: (brand: string) => `${brand} aprueba su pedido.`,
        issued:
          'Cuando el certificado esté listo, Sectigo le enviará un correo electrónico. Entonces vuelva a esta página y recójalo.',
      },
      collectNow: 'Recoger mi certificado',
      keepKey:
        'Conserve el archivo de clave privada que guardó: lo necesita para instalar el certificado.',
    },
    resultTab: {
      otherTab:
        'Su página de pedido sigue abierta en la pestaña de la que vino: este resultado se le ha transmitido y todo lo que escribió está allí.',
      close: 'Cerrar esta pestaña',
    },
  },
  result: {
    title: 'Resultado del pedido',
    noResult:
      'Esta página muestra el resultado de un pedido cuando vuelve de Sectigo. Ahora la dirección no contiene ningún resultado.',
    decodeHint: 'Para leer cualquier otra respuesta de Sectigo, péguela en',
    decodeLink: 'Descodificar respuesta',
    placed: 'El pedido se ha realizado',
    notPlaced: 'El pedido no se ha realizado',
    unreadable: 'No se ha podido leer este resultado',
    unreadableBody:
      'El enlace que abrió esta página no contiene ningún resultado que esta página reconozca. Si acaba de hacer un pedido, revise su correo electrónico o póngase en contacto con el vendedor.',
    orderNumber: 'Número de pedido',
    orderNumberCopy: 'número de pedido',
    oddOrderNumber:
      'El enlace contiene un número de pedido con una forma inesperada (un número de pedido solo tiene cifras), por lo que no se muestra como tal.',
    unknownCode: (code: string) =>
      `El enlace indica un código de error que esta página no conoce (${code}). Lo más probable es que el pedido no se haya realizado.`,
    meaning: 'Qué significa este código',
    linkText: 'Texto del enlace, sin comprobar',
    fieldUnknown: 'El enlace menciona un campo que esta página no conoce.',
    field: (label: string) => `El campo afectado: ${label}.`,
    cleared:
      'El resultado se ha quitado de la barra de direcciones, así que al recargar o compartir esta página no se repite. Se queda aquí hasta que cierre la página.',
    everything: 'Todo el contenido del enlace',
    openInDecode: 'Abrir en la vista Descodificar',
    codes: {
      '-1': 'El pedido no llegó a Sectigo a través de una conexión segura.',
      '-2': 'El pedido contenía algo que Sectigo no acepta.',
      '-3': 'Faltaba en el pedido información que Sectigo necesita.',
      '-4': 'Parte de la información del pedido no se aceptó.',
      '-13': 'Su clave tiene un tamaño que Sectigo no acepta.',
      '-14': 'Sectigo tuvo un problema inesperado con el pedido.',
      '-16':
        'Sectigo no pudo iniciar su sesión: el nombre de la cuenta o la contraseña son incorrectos, o la cuenta está bloqueada o su contraseña ha caducado.',
      '-38': 'A la cuenta le faltan datos que Sectigo debe comprobar primero.',
      '-39': 'El pedido no incluía ningún certificado.',
      '-44': 'Sectigo no aceptó su clave.',
      '-62': 'Falta el nombre de la organización.',
      '-65': 'En este momento no se puede pedir este certificado a través de esta cuenta.',
      '-70': 'No se aceptó la dirección de correo electrónico.',
      '-83': 'El pedido contenía un dato que no le corresponde.',
      '-91': 'Esta cuenta no tiene permiso para hacer este pedido.',
      '-97': 'La sesión ha caducado.',
    },
    advice: {
      '-3': 'Inténtelo de nuevo y compruebe que todos los campos estén rellenados.',
      '-4': 'Inténtelo de nuevo y revise lo que ha escrito.',
      '-13': 'Inténtelo de nuevo y cree una clave nueva.',
      '-14': 'Espere unos minutos e inténtelo de nuevo.',
      '-16':
        'Compruebe el nombre y la contraseña de su cuenta e inténtelo de nuevo. Si aún no tiene cuenta, elija «Aún no tengo cuenta»; si su cuenta está bloqueada, póngase en contacto con nosotros.',
      '-44': 'Inténtelo de nuevo y cree una clave nueva.',
      '-62': 'Inténtelo de nuevo y escriba el nombre de su organización.',
      '-70': 'Compruebe su dirección de correo electrónico e inténtelo de nuevo.',
      '-97': 'Inténtelo de nuevo.',
    },
    adviceDefault: 'Revise lo que ha escrito e inténtelo de nuevo.',
  },
  collect: {
    title: 'Recoja su certificado',
    intro:
      'Cuando Sectigo haya emitido su certificado, recójalo aquí y conviértalo, junto con la clave privada que guardó, en un archivo que su programa de correo pueda importar.',
    steps: {
      ask: 'Preguntar a Sectigo',
      answer: 'Traer la respuesta',
      key: 'Su clave',
      file: 'Su archivo de certificado',
      install: 'Instalar',
    },
    ask: {
      legend: '¿Cómo quiere recogerlo?',
      withAccount: 'Con mi número de pedido y mi cuenta de Sectigo',
      withCode: 'Con un código de recogida',
      open: 'Pedir mi certificado a Sectigo',
      opened:
        'La respuesta de Sectigo se abrió en una pestaña nueva. Es un texto corto: selecciónelo entero (Ctrl+A o ⌘A), cópielo y péguelo abajo. O guarde la página (Ctrl+S o ⌘S) y suelte el archivo abajo.',
      haveAnswer: 'Ya tengo la respuesta de Sectigo',
    },
    answer: {
      label: 'Respuesta de Sectigo',
      help: 'Pegue el texto completo o suelte el archivo guardado. Empieza con un número en una línea aparte.',
      choose: 'Elegir el archivo guardado…',
      empty: 'Primero pegue la respuesta de Sectigo.',
      notAnswer:
        'Esto no parece la respuesta de Sectigo a una solicitud de recogida. Pegue el texto completo de la pestaña que abrió Sectigo.',
      ready: (count: number) =>
        plural(count, {
          one: 'Aquí está su certificado.',
          other:
            'Aquí está su certificado, con # certificados en total (el suyo y los de Sectigo).',
        }),
      pending:
        'Sectigo ha aceptado la solicitud, pero su certificado aún no está listo. Inténtelo de nuevo más tarde.',
      available:
        'Su certificado está listo, pero la respuesta no lo contiene. Vuelva a preguntar con el botón de esta página, que pide el propio certificado.',
      for: (email: string) => `Emitido para ${email}`,
      validUntil: (date: string) => `válido hasta el ${date}`,
      codes: {
        '-154':
          'Aún no ha confirmado su dirección de correo electrónico. Abra el correo de Sectigo, siga su enlace y vuelva a preguntar.',
        '-16':
          'Sectigo no pudo iniciar su sesión: compruebe el nombre y la contraseña de su cuenta y vuelva a preguntar.',
        '-22': 'El pedido sigue pendiente de pago o de aprobación. Vuelva a preguntar más tarde.',
        '-20': 'Sectigo rechazó la solicitud de certificado. Póngase en contacto con nosotros.',
        '-21': 'Este certificado ha sido revocado. Póngase en contacto con nosotros.',
        '-3': 'Faltaba algo en la solicitud. Compruebe el número de pedido (o el código de recogida) y vuelva a preguntar.',
        '-4': 'Algo de la solicitud no se aceptó. Compruebe el número de pedido (o el código de recogida) y vuelva a preguntar.',
        '-14': 'Sectigo tuvo un problema inesperado. Espere unos minutos y vuelva a preguntar.',
      },
      otherError: (code: string) =>
        `Sectigo respondió con el error ${code}. Revise los detalles y vuelva a preguntar, o póngase en contacto con nosotros.`,
    },
    key: {
      legend: 'La clave privada que guardó',
      fromSession: 'Usar la clave creada en esta página durante esta visita',
      fromFile: 'Usar mi archivo de clave guardado',
      label: 'Su archivo de clave privada',
      help: 'El archivo .key que guardó al hacer el pedido. Solo se lee en esta página; no se envía a ninguna parte.',
      choose: 'Elegir el archivo de clave…',
      passphrase: 'Frase de contraseña de la clave',
      passphraseHelp: 'Su archivo de clave está protegido con una frase de contraseña: escríbala.',
      check: 'Comprobar mi clave',
      matches: 'Su clave y su certificado se corresponden.',
      mismatch:
        'Esta clave no corresponde a este certificado. Use el archivo de clave que guardó al hacer este pedido.',
      empty: 'Primero añada su archivo de clave privada.',
      needsPassphrase: 'Escriba la frase de contraseña de su archivo de clave.',
      wrongPassphrase:
        'La frase de contraseña no es correcta para este archivo de clave. Inténtelo de nuevo.',
      unreadable:
        'Este archivo no es una clave privada que esta página pueda leer. Elija el archivo .key que guardó.',
    },
    file: {
      legend: 'Proteja el archivo con una contraseña',
      help: 'Su programa de correo le pedirá esta contraseña una sola vez, al importar el archivo.',
      password: 'Nueva contraseña para el archivo',
      confirm: 'Repita la contraseña',
      differ: 'Las dos contraseñas son distintas.',
      tooShort: (min: number) => `Use al menos ${countCharacters(min)}.`,
      legacy: 'Crearlo para sistemas antiguos (Windows 7 u 8.1, versiones antiguas de macOS)',
      legacyHelp:
        'Usa un cifrado más antiguo y débil que esos sistemas necesitan; déjelo desactivado salvo que la importación falle en ellos.',
      build: 'Crear mi archivo de certificado',
      building: 'Creando su archivo…',
      ready: 'Su archivo de certificado está listo.',
      download: (name: string) => `Descargar ${name}`,
      failed: 'No se ha podido crear el archivo. Revise los pasos anteriores e inténtelo de nuevo.',
    },
    install: {
      title: 'Instálelo en su programa de correo',
      intro:
        'Abra el archivo descargado en su programa de correo y escriba la contraseña que eligió.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Haga doble clic en el archivo .p12 y siga el asistente de importación; escriba su contraseña cuando se le pida.',
          'En Outlook: Archivo › Opciones › Centro de confianza › Configuración del Centro de confianza › Seguridad del correo electrónico.',
          'En Correo electrónico cifrado, elija Configuración y seleccione su nuevo certificado; pulse Aceptar.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Haga doble clic en el archivo .p12: se abre Acceso a Llaveros. Añádalo al llavero «inicio de sesión» y escriba su contraseña.',
          'Salga de Mail y vuelva a abrirlo. Cuando escriba un mensaje desde esta dirección, aparecerán los botones de firmar y cifrar.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Ajustes › Privacidad y seguridad › Certificados › Administrar certificados › Sus certificados › Importar; elija el archivo .p12 y escriba su contraseña.',
          'Configuración de la cuenta › Cifrado de extremo a extremo › S/MIME: seleccione el certificado para firmar y para cifrar.',
        ],
      },
    },
  },
  // TODO(translate): the Generate view, still in English. Replace this whole block with
  // the translation of src/ui/i18n/en/generate.ts (same keys, same values shown).
  generate: {
    title: 'Generate a key and CSR',
    lead: 'Your browser makes the key pair itself, in this page. The private key is never sent anywhere: save it before you order, because it cannot be recovered.',

    mode: {
      legend: 'Key',
      new: 'Make a new key',
      existing: 'Use my existing key (a renewal that keeps the key)',
    },

    /** The kinds of certificate (src/core/pki/csrPresets.ts), by preset id. */
    presets: {
      legend: 'Certificate kind',
      dv: {
        label: 'Website, domain validated (DV)',
        description: 'Proves control of the domain names only. The request needs just the names.',
      },
      'ov-ev': {
        label: 'Website, organization or extended validation (OV/EV)',
        description:
          'Names your organization in the certificate. Give its legal name and address as registered.',
      },
      'smime-mailbox': {
        label: 'Email (S/MIME), mailbox validated',
        description:
          'Signs and encrypts email for one address. The request needs just the address.',
      },
      'smime-organization': {
        label: 'Email (S/MIME), organization validated',
        description:
          'An email certificate that also names your organization: its full name and address are required.',
      },
    },

    names: {
      legend: 'Names in the certificate',
      emailLabel: 'Email address',
      emailHelp: 'The mailbox the certificate is for.',
      domainsLabel: 'Domain names',
      domainsHelp:
        'One per line (or separated by commas). The first is the certificate’s main name. Use *.example.com for a wildcard.',
      /** How one name is called in a message about it: "Domain name 2". */
      domain: (position: number) => `Domain name ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP address ${formatNumber(position)}`,
    },

    organization: {
      legend: 'Organization',
      /** Subject fields (src/core/pki/subject.ts), by key. */
      fields: {
        countryName: 'Country',
        stateOrProvinceName: 'State or province',
        localityName: 'Locality (city)',
        streetAddress: 'Street address',
        postalCode: 'Postal code',
        postOfficeBox: 'PO box',
        organizationName: 'Organization',
        organizationalUnitName: 'Organizational unit (department)',
        commonName: 'Main name',
        emailAddress: 'Email address',
      },
      streetLine: (line: number) => `Street address ${formatNumber(line)}`,
      perLine: (max: number) => `At most ${formatNumber(max)} characters per line.`,
      countryHelp: 'Where the organization is registered.',
      countryNone: '— none —',
    },

    algorithms: {
      legend: 'Key algorithm',
      recommended: 'recommended',
      /** What each key type means for the customer (src/core/pki/algorithms.ts), by id. */
      notes: {
        'RSA-2048':
          'Works with every server and mail program. The safe choice for email certificates.',
        'RSA-3072': 'Stronger RSA; a little slower to make and to use. Widely supported.',
        'RSA-4096':
          'Strong RSA; takes a few seconds to make, and connections start a little slower.',
        'RSA-8192': 'The largest size Sectigo accepts. Can take a minute to make; rarely worth it.',
        'P-256': 'Modern, small and fast; as strong as RSA 3072. Recommended for websites.',
        'P-384': 'Stronger elliptic curve; a little slower. Widely supported.',
        'P-521': 'The strongest curve Sectigo accepts; some older software cannot use it.',
      },
    },

    existing: {
      legend: 'Your existing private key',
      help: 'Paste the private key file you use now, or drop it here (PEM; a passphrase-protected key works too). It stays in this page’s memory only.',
      choose: 'Choose the key file…',
      passphrase: 'Passphrase (only for a protected key)',
      /** Why the key could not be used (readPrivateKey reasons). */
      problems: {
        empty: 'Paste your private key, or drop its file here.',
        needsPassphrase: 'This key is protected with a passphrase: enter it.',
        wrongPassphrase: 'The passphrase does not open this key. Try again.',
        unsupported: 'This kind of key cannot be used here. Make a new key instead.',
        unreadable:
          'This is not a private key this page can read. Check that you pasted the whole key file.',
      },
      ownKey: (algorithm: string) => `${algorithm} (your key)`,
    },

    actions: {
      generate: 'Generate key and CSR',
      makeCsr: 'Make the CSR',
      cancel: 'Cancel',
    },

    progress: {
      making: (algorithm: string) => `Making a ${algorithm} key and CSR`,
      reading: 'Reading the key and making the CSR',
      /** The time so far, shown while the key is being made. */
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },

    failures: {
      attention: 'Some fields need attention: see the messages beside them.',
      cancelled: 'Cancelled: no key was kept.',
      failed: 'The CSR could not be made. Try again; if it fails again, try another key algorithm.',
      keyLoss:
        'The private key made before has not been saved. Making a new CSR replaces it, and it cannot be recovered. Go on anyway?',
    },

    /** What is wrong with the form, by the rule broken. `field` is the field's name as shown. */
    problems: {
      domainsRequired: 'Give at least one domain name.',
      emailRequired: 'Enter the email address.',
      oneEmail: 'Give one email address per certificate.',
      required: (field: string) => `${field} is required for this kind of certificate.`,
      /** `fields` is a list joined with "or" by Intl ("Locality (city) or State or province"). */
      oneOf: (fields: string) => `Fill in at least one: ${fields}.`,
      /** The subject rules (SubjectProblem codes in src/core/pki/subject.ts). */
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'use at most # line', other: 'use at most # lines' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} is too long: use at most ${formatNumber(max)} characters (this has ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contains a line break, tab or other invisible character: remove it.`,
        countryCode: (field: string) => `${field}: choose a country from the list.`,
        printableOnly: (field: string) =>
          `${field} may only contain letters A–Z, digits, spaces and ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} may only contain letters A–Z without accents, digits and punctuation.`,
      },
      /** The name rules (name problem codes in src/core/pki/names.ts); `value` is the name as typed. */
      names: {
        empty: (field: string) => `${field} is empty.`,
        invalid: (field: string, value: string) =>
          `${field} “${value}” is not a valid domain name.`,
        tooLong: (field: string, value: string) =>
          `${field} “${value}” is too long for a domain name.`,
        singleLabel: (field: string, value: string) =>
          `${field} “${value}” needs at least two parts, such as example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} has an invalid label "${label}" (in “${value}”): use letters, digits and hyphens only, at most 63 characters per part, and no hyphen at either end.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} “${value}”: a wildcard (*) may only be the whole first part, as in *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} “${value}”: a wildcard needs a registered domain under it, as in *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} “${value}” is an internal name (ending in ${suffix}): public certificates are only issued for registered domain names.`,
        notIp: (field: string, value: string) =>
          `${field} “${value}” is not an IP address (IPv4 or IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} is a private or reserved address: public certificates cannot include it.`,
        notEmail: (field: string, value: string) =>
          `${field} “${value}” is not an email address such as name@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} “${value}” does not end in a valid domain name.`,
      },
    },

    /** Notes on names that are not problems (name note codes in src/core/pki/names.ts). */
    notes: {
      urlHost: (value: string, host: string) =>
        `“${value}” looks like a web address: only its domain name, ${host}, goes in the certificate.`,
      punycode: (value: string, ascii: string) =>
        `${value} is written ${ascii} in the certificate.`,
      ipAddress: (value: string) => `${value} is an IP address: it goes in the certificate as one.`,
    },

    openssl: {
      summary: 'Prefer to make the key yourself? The same with openssl',
      label: 'openssl req command',
    },

    result: {
      titleWithKey: 'Your CSR and private key',
      title: 'Your CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, made in ${formatSeconds(seconds, 2)} in this browser.`,
      unsaved:
        'The private key exists only in this page. Download it (or copy it somewhere safe) before you order or leave: it cannot be recovered, and the certificate is useless without it.',
      saved: 'Key saved. Keep it private; you will install it with the certificate.',
      csr: 'Certificate signing request (CSR)',
      downloadCsr: 'Download CSR (.csr)',
      next: 'Next: order your certificate with this CSR. When it is issued, install it together with the private key.',
      inspect: 'Inspect this CSR',
      order: 'Use it in an order',
      keyTitle: 'Private key',
      downloadKey: 'Download private key (.key)',
      showKey: 'Show private key',
      hideKey: 'Hide private key',
      savedCheck: 'I have saved the private key',
      keyBlock: 'Private key (PKCS#8, unencrypted)',
      encrypt: {
        summary: 'Save it encrypted with a passphrase (recommended)',
        help: (rounds: number) =>
          `The key is encrypted with AES-256 and a key derived from the passphrase (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} rounds). openssl, nginx, Apache and Windows can read it. Keep the passphrase as safe as the key.`,
        passphrase: 'Passphrase',
        passphraseHelp: (min: number) => `At least ${formatNumber(min)} characters.`,
        tooShort: (min: number) =>
          `The passphrase is too short: use at least ${formatNumber(min)} characters (a few unrelated words work well).`,
        again: 'Passphrase again',
        differ: 'The two passphrases differ.',
        button: 'Encrypt the key',
        busy: 'Encrypting…',
        download: 'Download encrypted key (.key)',
        failed: 'The key could not be encrypted. Try again.',
      },
    },
  },
};

export default es;
