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
    unknownCode:
      'El enlace indica un código de error que esta página no conoce. Lo más probable es que el pedido no se haya realizado.',
    meaning: 'Qué significa este código',
    linkText: 'Texto del enlace, sin comprobar',
    fieldUnknown: 'El enlace menciona un campo que esta página no conoce.',
    field: (label: string) => `El campo afectado: ${label}.`,
    cleared:
      'El resultado se ha quitado de la barra de direcciones, así que al recargar o compartir esta página no se repite. Se queda aquí hasta que cierre la página.',
    everything: 'Todo el contenido del enlace',
    detailsFailed:
      'No se han podido cargar los detalles técnicos. Ciérrelos y vuelva a abrirlos para intentarlo de nuevo.',
    toOrderingPage: 'Ir a la página de pedido',
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
        'La respuesta de Sectigo se abrió en una pestaña nueva. Es un texto corto: selecciónelo entero, cópielo, vuelva a esta pestaña y péguelo abajo. En un teléfono, mantenga el dedo sobre el texto y elija Seleccionar todo y Copiar; en un ordenador, pulse Ctrl+A y luego Ctrl+C (⌘A y ⌘C en un Mac). O guarde la página y elija el archivo abajo.',
      haveAnswer: 'Ya tengo la respuesta de Sectigo',
    },
    answer: {
      label: 'Respuesta de Sectigo',
      help: 'Pegue el texto completo o elija el archivo guardado. Empieza con un número en una línea aparte.',
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
        `La respuesta indica el error ${code}, que esta página no puede explicar. Compruebe que ha copiado la respuesta completa de Sectigo y vuelva a preguntar, o póngase en contacto con nosotros e indíquenos este número.`,
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
      iphone: {
        name: 'Mail en iPhone y iPad',
        steps: [
          'Guarde el archivo .p12 en Archivos y tóquelo. Después abra Ajustes, toque «Perfil descargado» en la parte superior, elija Instalar y escriba el código del dispositivo y luego su contraseña.',
          'Ajustes › Mail › Cuentas (iOS 18: Ajustes › Apps › Mail › Cuentas de Mail) › su cuenta › Cuenta › Avanzado: active Firmar y Cifrar por omisión, y elija este certificado para ambos.',
        ],
      },
    },
  },
  generate: {
    title: 'Generar una clave y un CSR',
    lead: 'Su navegador crea el par de claves por sí mismo, en esta página. La clave privada no se envía a ninguna parte: guárdela antes de hacer el pedido, porque no se puede recuperar.',
    mode: {
      legend: 'Clave',
      new: 'Crear una clave nueva',
      existing: 'Usar mi clave existente (una renovación que conserva la clave)',
    },
    presets: {
      legend: 'Tipo de certificado',
      dv: {
        label: 'Sitio web, validación de dominio (DV)',
        description:
          'Solo demuestra el control de los nombres de dominio. La solicitud solo necesita los nombres.',
      },
      'ov-ev': {
        label: 'Sitio web, validación de organización o extendida (OV/EV)',
        description:
          'Muestra su organización en el certificado. Indique su nombre legal y su dirección tal como están registrados.',
      },
      'smime-mailbox': {
        label: 'Correo (S/MIME), validación del buzón',
        description:
          'Firma y cifra el correo de una sola dirección. La solicitud solo necesita la dirección.',
      },
      'smime-organization': {
        label: 'Correo (S/MIME), validación de la organización',
        description:
          'Un certificado de correo que también nombra a su organización: su nombre completo y su dirección son obligatorios.',
      },
    },
    names: {
      legend: 'Nombres en el certificado',
      emailLabel: 'Dirección de correo electrónico',
      emailHelp: 'El buzón para el que es el certificado.',
      domainsLabel: 'Nombres de dominio',
      domainsHelp:
        'Uno por línea (o separados por comas). El primero es el nombre principal del certificado. Para un comodín, escriba *.example.com.',
      domain: (position: number) => `Nombre de dominio ${formatNumber(position)}`,
      ipAddress: (position: number) => `Dirección IP ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organización',
      fields: {
        countryName: 'País',
        stateOrProvinceName: 'Estado o provincia',
        localityName: 'Localidad (ciudad)',
        streetAddress: 'Dirección',
        postalCode: 'Código postal',
        postOfficeBox: 'Apartado de correos',
        organizationName: 'Organización',
        organizationalUnitName: 'Unidad organizativa (departamento)',
        commonName: 'Nombre principal',
        emailAddress: 'Dirección de correo electrónico',
      },
      streetLine: (line: number) => `Línea de dirección ${formatNumber(line)}`,
      perLine: (max: number) => `Como máximo ${formatNumber(max)} caracteres por línea.`,
      countryHelp: 'Donde está registrada la organización.',
      countryNone: '— ninguno —',
    },
    algorithms: {
      legend: 'Algoritmo de la clave',
      recommended: 'recomendado',
      notes: {
        'RSA-2048':
          'Funciona con cualquier servidor y programa de correo. La opción segura para certificados de correo.',
        'RSA-3072': 'RSA más fuerte; algo más lento de crear y de usar. Ampliamente compatible.',
        'RSA-4096':
          'RSA fuerte; tarda unos segundos en crearse y las conexiones empiezan algo más despacio.',
        'RSA-8192':
          'El tamaño más grande que acepta Sectigo. Puede tardar un minuto en crearse; rara vez compensa.',
        'P-256':
          'Moderna, pequeña y rápida; tan fuerte como RSA 3072. Recomendada para sitios web.',
        'P-384': 'Curva elíptica más fuerte; algo más lenta. Ampliamente compatible.',
        'P-521':
          'La curva más fuerte que acepta Sectigo; algunos programas antiguos no pueden usarla.',
      },
    },
    existing: {
      legend: 'Su clave privada existente',
      help: 'Pegue el archivo de la clave privada que usa ahora o arrástrelo aquí (PEM; también sirve una clave protegida con frase de contraseña). Solo permanece en la memoria de esta página.',
      choose: 'Elegir el archivo de la clave…',
      passphrase: 'Frase de contraseña (solo para una clave protegida)',
      problems: {
        empty: 'Pegue su clave privada o arrastre su archivo aquí.',
        needsPassphrase: 'Esta clave está protegida con una frase de contraseña: introdúzcala.',
        wrongPassphrase: 'La frase de contraseña no abre esta clave. Inténtelo de nuevo.',
        unsupported: 'Este tipo de clave no se puede usar aquí. Cree una clave nueva.',
        unreadable:
          'Esto no es una clave privada que esta página pueda leer. Compruebe que ha pegado todo el archivo de la clave.',
      },
      ownKey: (algorithm: string) => `${algorithm} (su clave)`,
    },
    actions: {
      generate: 'Generar clave y CSR',
      makeCsr: 'Crear el CSR',
      cancel: 'Cancelar',
    },
    progress: {
      making: (algorithm: string) => `Creando una clave ${algorithm} y el CSR`,
      reading: 'Leyendo la clave y creando el CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Algunos campos necesitan atención: vea los mensajes junto a ellos.',
      cancelled: 'Cancelado: no se ha conservado ninguna clave.',
      failed:
        'No se pudo crear el CSR. Inténtelo de nuevo; si vuelve a fallar, elija otro algoritmo de clave.',
      keyLoss:
        'La clave privada creada antes no se ha guardado. Un CSR nuevo la reemplaza y no se podrá recuperar. ¿Continuar de todos modos?',
    },
    problems: {
      domainsRequired: 'Indique al menos un nombre de dominio.',
      emailRequired: 'Introduzca la dirección de correo electrónico.',
      oneEmail: 'Indique una sola dirección de correo por certificado.',
      required: (field: string) => `${field} es obligatorio para este tipo de certificado.`,
      oneOf: (fields: string) => `Rellene al menos uno: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'como máximo # línea', other: 'como máximo # líneas' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} es demasiado largo: como máximo ${formatNumber(max)} caracteres (tiene ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contiene un salto de línea, un tabulador u otro carácter invisible: elimínelo.`,
        countryCode: (field: string) => `${field}: elija un país de la lista.`,
        printableOnly: (field: string) =>
          `${field} solo puede contener letras A–Z, dígitos, espacios y ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} solo puede contener letras A–Z sin acentos, dígitos y signos de puntuación.`,
      },
      names: {
        empty: (field: string) => `${field} está vacío.`,
        invalid: (field: string, value: string) =>
          `${field} «${value}» no es un nombre de dominio válido.`,
        tooLong: (field: string, value: string) =>
          `${field} «${value}» es demasiado largo para un nombre de dominio.`,
        singleLabel: (field: string, value: string) =>
          `${field} «${value}» necesita al menos dos partes, como example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} tiene una parte no válida «${label}» (en «${value}»): solo letras, dígitos y guiones, como máximo 63 caracteres por parte y sin guion al principio ni al final.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} «${value}»: un comodín (*) solo puede ser la primera parte completa, como en *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} «${value}»: un comodín necesita un dominio registrado debajo, como en *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} «${value}» es un nombre interno (termina en ${suffix}): los certificados públicos solo se emiten para nombres de dominio registrados.`,
        notIp: (field: string, value: string) =>
          `${field} «${value}» no es una dirección IP (IPv4 o IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} es una dirección privada o reservada: un certificado público no puede incluirla.`,
        notEmail: (field: string, value: string) =>
          `${field} «${value}» no es una dirección de correo como nombre@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} «${value}» no termina en un nombre de dominio válido.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `«${value}» parece una dirección web: solo su nombre de dominio, ${host}, va en el certificado.`,
      punycode: (value: string, ascii: string) => `${value} se escribe ${ascii} en el certificado.`,
      ipAddress: (value: string) =>
        `${value} es una dirección IP: va en el certificado como dirección IP.`,
    },
    openssl: {
      summary: '¿Prefiere crear la clave usted mismo? Lo mismo con openssl',
      label: 'Comando openssl req',
    },
    result: {
      titleWithKey: 'Su CSR y su clave privada',
      title: 'Su CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, creada en ${formatSeconds(seconds, 2)} en este navegador.`,
      unsaved:
        'La clave privada solo existe en esta página. Descárguela (o cópiela en un lugar seguro) antes de hacer el pedido o salir: no se puede recuperar y sin ella el certificado no sirve.',
      saved: 'Clave guardada. Manténgala en privado; la instalará junto con el certificado.',
      csr: 'Solicitud de firma de certificado (CSR)',
      downloadCsr: 'Descargar el CSR (.csr)',
      next: 'Siguiente paso: pida su certificado con este CSR. Cuando se emita, instálelo junto con la clave privada.',
      inspect: 'Examinar este CSR',
      order: 'Usarlo en un pedido',
      keyTitle: 'Clave privada',
      downloadKey: 'Descargar la clave privada (.key)',
      showKey: 'Mostrar la clave privada',
      hideKey: 'Ocultar la clave privada',
      savedCheck: 'He guardado la clave privada',
      keyBlock: 'Clave privada (PKCS#8, sin cifrar)',
      encrypt: {
        summary: 'Guardarla cifrada con una frase de contraseña (recomendado)',
        help: (rounds: number) =>
          `La clave se cifra con AES-256 y una clave derivada de la frase de contraseña (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} iteraciones). openssl, nginx, Apache y Windows pueden leerla. Guarde la frase de contraseña con el mismo cuidado que la clave.`,
        passphrase: 'Frase de contraseña',
        passphraseHelp: (min: number) => `Al menos ${formatNumber(min)} caracteres.`,
        tooShort: (min: number) =>
          `La frase de contraseña es demasiado corta: use al menos ${formatNumber(min)} caracteres (unas cuantas palabras sin relación funcionan bien).`,
        again: 'Repita la frase de contraseña',
        differ: 'Las dos frases de contraseña no coinciden.',
        button: 'Cifrar la clave',
        busy: 'Cifrando…',
        download: 'Descargar la clave cifrada (.key)',
        failed: 'No se pudo cifrar la clave. Inténtelo de nuevo.',
      },
    },
  },
};

export default es;
