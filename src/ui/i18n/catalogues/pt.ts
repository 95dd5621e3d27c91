/**
 * Português (pt): the customer pages, in Brazilian usage (Intl's `pt` is pt-BR).
 * Machine translation of the English catalogue (src/ui/i18n/en), not yet
 * reviewed by a native speaker: have it reviewed before relying on it.
 * Resellers can reword any message in config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('pt');

/** A number of characters, in the right singular or plural form. */
const countCharacters = (count: number) =>
  plural(count, { one: '# caractere', other: '# caracteres' });

const pt: Messages = {
  app: {
    skipToContent: 'Pular para o conteúdo',
    navigation: 'Telas',
    views: {
      shop: 'Pedir um certificado',
      result: 'Resultado do pedido',
      generate: 'Gerar chave e CSR',
    },
    loading: 'Carregando…',
    loadFailed: 'Não foi possível carregar esta página. Recarregue a página para tentar novamente.',
    insecure:
      'Esta página foi aberta por http sem criptografia, por isso o seu navegador não permite que ela crie chaves nem verifique certificados. Abra-a com https:// para usar tudo.',
    privacy:
      'Funciona inteiramente no seu navegador. Nada do que você digita, nenhuma chave e nenhuma senha sai desta página, exceto um pedido que você decida enviar à Sectigo.',
  },
  common: {
    language: 'Idioma',
    continue: 'Continuar',
    back: 'Voltar',
    required: 'obrigatório',
    technicalDetails: 'Detalhes técnicos (para o suporte)',
    technicalDetailsHelp:
      'O que a página envia ou recebeu, com os nomes usados pela interface da Sectigo. Você só precisa disso se o suporte pedir.',
    tooLong: (label: string, max: number) => `${label}: use no máximo ${countCharacters(max)}.`,
    atMost: (max: number) => `No máximo ${countCharacters(max)}.`,
    invalid: (label: string) => `${label}: este valor não é aceito. Verifique-o e tente novamente.`,
    invalidCharacters: (label: string) =>
      `${label}: remova os caracteres invisíveis ou corrompidos (cole como texto sem formatação).`,
    chooseOption: '— escolha —',
    support: {
      title: 'Precisa de ajuda?',
      email: 'E-mail',
      phone: 'Telefone',
      pages: 'Páginas de ajuda',
    },
    keyLoss: {
      confirm:
        'Sua chave privada ainda não foi salva. Se continuar, ela será perdida para sempre e um certificado pedido com ela não poderá ser usado. Continuar mesmo assim?',
    },
    chooseFile: 'Escolher um arquivo…',
    files: {
      dropHere: 'ou arraste um arquivo para cá',
      clear: 'Limpar',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} tem ${formatNumber(mebibytes)} MiB; arquivos acima de ${formatNumber(max)} MiB não são lidos.`,
    },
    copy: {
      button: 'Copiar',
      copied: 'Copiado',
      failed: 'Falha ao copiar',
      label: (what: string) => `Copiar ${what}`,
      done: (what: string) => `${what}: copiado`,
      couldNot: 'Não foi possível copiar',
    },
    download: (filename: string) => `Baixar ${filename}`,
  },
  params: {
    foreName: {
      label: 'Nome',
      help: 'Como deve aparecer no seu certificado.',
      required: 'Informe seu nome (ou seu sobrenome).',
    },
    surName: {
      label: 'Sobrenome',
      required: 'Informe seu sobrenome (ou seu nome).',
    },
    emailAddress: {
      label: 'Seu endereço de e-mail',
      help: 'O certificado será emitido para esta caixa de correio. A Sectigo envia um link de verificação para ela.',
      required: 'Informe seu endereço de e-mail.',
      invalid: 'Informe seu endereço de e-mail no formato nome@example.com.',
    },
    telephoneNumber: {
      label: 'Telefone',
      help: 'Opcional. Usado somente se a Sectigo precisar falar com você sobre este pedido.',
      required: 'Informe seu telefone.',
    },
    organizationName: {
      label: 'Nome da organização',
      help: 'A razão social registrada, exatamente como consta no registro oficial.',
      required: 'Informe a razão social registrada da sua organização.',
    },
    streetAddress1: {
      label: 'Endereço',
      help: 'O endereço registrado da organização.',
      required: 'Informe o endereço (rua e número) da sua organização.',
    },
    streetAddress2: {
      label: 'Complemento',
      help: 'Opcional.',
      required: 'Informe o complemento do endereço.',
    },
    localityName: {
      label: 'Cidade',
      help: 'Informe a cidade ou o estado ou região (pelo menos um dos dois).',
      required: 'Informe a cidade (ou o estado ou região).',
    },
    stateOrProvinceName: {
      label: 'Estado ou região',
      required: 'Informe o estado ou região (ou a cidade).',
    },
    postalCode: {
      label: 'CEP',
      required: 'Informe o CEP.',
    },
    countryName: {
      label: 'País',
      required: 'Escolha o país da sua organização.',
      invalid: 'Escolha o país na lista.',
    },
    organizationIdentifier: {
      label: 'Identificador da organização',
      help: 'O número com que sua organização está registrada (por exemplo, o número de registro comercial ou o número fiscal da empresa).',
      required: 'Informe o número de registro da sua organização.',
    },
    loginName: {
      label: 'Nome da conta',
      help: 'O nome da sua conta Sectigo (diferencia maiúsculas de minúsculas). Você vai usá-lo depois para retirar o certificado.',
      required: 'Informe o nome da sua conta.',
    },
    loginPassword: {
      label: 'Senha da conta',
      help: 'Diferencia maiúsculas de minúsculas. Enviada somente à Sectigo; esta página nunca a guarda.',
      required: 'Informe a senha da sua conta.',
    },
    orderNumber: {
      label: 'Número do pedido',
      help: 'O número mostrado quando você fez o pedido (somente dígitos).',
      required: 'Informe o número do pedido ou use um código de retirada.',
      invalid: 'Um número de pedido tem somente dígitos, como 8151164.',
    },
    collectionCode: {
      label: 'Código de retirada',
      help: 'Se você recebeu um código de retirada, pode usá-lo sozinho, sem o nome e a senha da conta.',
      required: 'Informe o seu código de retirada.',
    },
  },
  shop: {
    defaultTitle: 'Peça um certificado de e-mail',
    needsConfig:
      'Para receber pedidos, esta página precisa de um arquivo config.json fornecido pelo revendedor.',
    steps: {
      label: 'Etapas',
      product: 'Certificado',
      details: 'Seus dados',
      key: 'Sua chave',
      review: 'Revisão e pedido',
    },
    start: {
      collectLink: 'Retirar um certificado que você pediu',
      collectHint:
        'Já fez o pedido? Retire seu certificado e crie o arquivo para o seu programa de e-mail.',
    },
    product: {
      legend: 'Escolha seu certificado',
      groupLabel: 'Certificado',
      names: {
        mailbox: 'Certificado de e-mail',
        organization: 'Certificado de e-mail com o nome da sua organização',
      },
      blurbs: {
        mailbox:
          'Assina e criptografa seus e-mails. A Sectigo confirma que a caixa de correio é sua enviando um link para ela.',
        organization:
          'Assina e criptografa e-mails e mostra o nome da sua organização. A Sectigo também verifica sua organização, por isso são necessários a razão social e o endereço registrados.',
      },
      years: (years: number) => plural(years, { one: '# ano', other: '# anos' }),
      price: (price: string) => `Preço: ${price}`,
      choose: 'Escolha um certificado para continuar.',
    },
    details: {
      aboutYou: 'Sobre você',
      organization: 'Sua organização',
      account: 'Sua conta Sectigo',
      accountHelp:
        'A Sectigo guarda seu certificado em uma conta. Você vai precisar do nome e da senha dela depois para retirar o certificado.',
      newAccount: 'Ainda não tenho conta: criar minha conta com este nome e esta senha',
      existingAccount: 'Já tenho uma conta',
      confirmPassword: 'Repita a senha',
      confirmPasswordHelp: 'Digite a mesma senha mais uma vez.',
      passwordsDiffer: 'As duas senhas são diferentes. Digite a mesma senha duas vezes.',
      retypePassword:
        'Para sua segurança, esta página esqueceu sua senha depois de enviá-la. Digite-a novamente.',
      fixBelow: (count: number) =>
        plural(count, {
          one: '# item abaixo precisa da sua atenção.',
          other: '# itens abaixo precisam da sua atenção.',
        }),
    },
    key: {
      legend: 'Sua chave privada',
      intro: (email: string) =>
        `Seu certificado precisa de um par de chaves. Ele é criado agora, neste navegador, para ${email}. Só a metade pública vai para a Sectigo; a chave privada fica com você.`,
      saveFirst:
        'Salve-a antes de fazer o pedido: você precisa dela para instalar o certificado, e ninguém consegue recuperá-la.',
      make: 'Criar minha chave',
      making: 'Criando sua chave…',
      ready: 'Sua chave está pronta.',
      download: 'Baixar minha chave privada (.key)',
      confirmSaved: 'Salvei minha chave privada',
      mustSave: 'Baixe sua chave privada (ou confirme que a salvou) antes de continuar.',
      makeFirst: 'Crie sua chave primeiro.',
      failed:
        'Não foi possível criar sua chave neste navegador. Recarregue a página e tente novamente.',
      keptFromBefore:
        'Você está usando a mesma chave de antes. O arquivo de chave que você salvou continua valendo para este pedido.',
      makeNew: 'Criar uma chave nova em vez desta',
      makeNewHelp:
        'Somente se você perdeu o arquivo da chave. O arquivo antigo não vai funcionar com o novo pedido.',
    },
    review: {
      title: 'Revise seu pedido',
      intro: 'Confira seu pedido. Sua chave privada não é enviada: ela fica com você.',
      certificate: 'Certificado',
      validity: 'Validade',
      price: 'Preço',
      mailbox: 'Caixa de correio',
      name: 'Nome',
      organization: 'Organização',
      address: 'Endereço',
      identifier: 'Identificador da organização',
      account: 'Conta Sectigo',
      accountNew: (name: string) => `${name} (conta nova)`,
      accountExisting: (name: string) => `${name} (conta existente)`,
      whatHappens: 'Quando você clicar em “Fazer pedido”',
      happens: [
        'A página segura da Sectigo abre em uma nova aba com o seu pedido. Esta aba continua aberta, então nada do que você digitou se perde se algo der errado.',
        'A Sectigo envia um link de verificação para a sua caixa de correio.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} aprova o pedido antes que a Sectigo emita o certificado.`,
      placeOrder: 'Fazer pedido',
      fixFirst: 'Corrija isto antes de fazer o pedido:',
      edit: 'Alterar',
      sentParams: 'O que é enviado à Sectigo',
      csrSummary: (characters: number) =>
        `solicitação de certificado com a sua chave pública (${countCharacters(characters)})`,
      passwordHidden: '(oculta)',
    },
    waiting: {
      title: 'Seu pedido está com a Sectigo',
      body: 'A página da Sectigo abriu em uma nova aba. Quando a Sectigo responder, o resultado aparecerá naquela aba e aqui.',
      noTab:
        'Nenhuma aba nova? Seu navegador pode tê-la bloqueado: permita pop-ups para esta página e clique em “Fazer pedido” novamente.',
      again: 'Fazer pedido novamente',
    },
    error: {
      title: 'Seu pedido não foi feito',
      whatToDo: 'O que você pode fazer',
      tryAgain: 'Tentar novamente',
      tryAgainHelp:
        'Tudo o que você digitou continua aqui, e sua chave também. Para sua segurança, você precisa digitar sua senha novamente.',
      contactSupport: 'Se acontecer de novo, fale conosco:',
    },
    success: {
      title: 'Obrigado: seu pedido foi feito',
      orderNumber: 'Número do seu pedido',
      keepIt: 'Guarde este número: você vai precisar dele para retirar seu certificado.',
      next: 'O que acontece agora',
      steps: {
        verify: (email: string) =>
          `A Sectigo envia um e-mail para ${email}. Abra-o e siga o link para confirmar que a caixa de correio é sua.`,
        organization:
          'A Sectigo verifica o nome e o endereço da sua organização. Isso pode levar alguns dias úteis.',
        approve: (brand: string) => `${brand} aprova o seu pedido.`,
        issued:
          'Quando o certificado estiver pronto, a Sectigo envia um e-mail para você. Então volte a esta página e retire-o.',
      },
      collectNow: 'Retirar meu certificado',
      keepKey:
        'Guarde o arquivo da chave privada que você salvou: você precisa dele para instalar o certificado.',
    },
    resultTab: {
      otherTab:
        'Sua página de pedido continua aberta na aba de onde você veio: este resultado foi passado para ela, e tudo o que você digitou está lá.',
      close: 'Fechar esta aba',
    },
  },
  result: {
    title: 'Resultado do pedido',
    noResult:
      'Esta página mostra o resultado de um pedido quando você volta da Sectigo. No momento, o endereço não traz nenhum resultado.',
    decodeHint: 'Para ler qualquer outra resposta da Sectigo, cole-a em',
    decodeLink: 'Decodificar resposta',
    placed: 'O pedido foi feito',
    notPlaced: 'O pedido não foi feito',
    unreadable: 'Não foi possível ler este resultado',
    unreadableBody:
      'O link que abriu esta página não traz nenhum resultado que esta página reconheça. Se você acabou de fazer um pedido, verifique seu e-mail ou fale com o vendedor.',
    orderNumber: 'Número do pedido',
    orderNumberCopy: 'número do pedido',
    oddOrderNumber:
      'O link traz um número de pedido em um formato inesperado (um número de pedido tem somente dígitos), por isso ele não é mostrado como tal.',
    unknownCode: (code: string) =>
      `O link traz um código de erro que esta página não conhece (${code}). Muito provavelmente o pedido não foi feito.`,
    meaning: 'O que este código significa',
    linkText: 'Texto do link, não verificado',
    fieldUnknown: 'O link cita um campo que esta página não conhece.',
    field: (label: string) => `O campo em questão: ${label}.`,
    cleared:
      'O resultado foi removido da barra de endereços, então recarregar ou compartilhar esta página não o repete. Ele fica aqui até você fechar a página.',
    everything: 'Tudo o que está no link',
    openInDecode: 'Abrir na visualização Decodificar',
    codes: {
      '-1': 'O pedido não chegou à Sectigo por uma conexão segura.',
      '-2': 'O pedido continha algo que a Sectigo não aceita.',
      '-3': 'Faltavam no pedido informações de que a Sectigo precisa.',
      '-4': 'Algumas informações do pedido não foram aceitas.',
      '-13': 'Sua chave tem um tamanho que a Sectigo não aceita.',
      '-14': 'A Sectigo teve um problema inesperado com o pedido.',
      '-16':
        'A Sectigo não conseguiu fazer seu login: o nome da conta ou a senha estão errados, ou a conta está bloqueada ou a senha dela expirou.',
      '-38': 'Faltam na conta dados que a Sectigo precisa verificar primeiro.',
      '-39': 'O pedido não incluía um certificado.',
      '-44': 'A Sectigo não aceitou sua chave.',
      '-62': 'Falta o nome da organização.',
      '-65': 'No momento, este certificado não pode ser pedido por esta conta.',
      '-70': 'O endereço de e-mail não foi aceito.',
      '-83': 'O pedido continha um dado que não se aplica a ele.',
      '-91': 'Esta conta não tem permissão para fazer este pedido.',
      '-97': 'A sessão expirou.',
    },
    advice: {
      '-3': 'Tente novamente e verifique se todos os campos estão preenchidos.',
      '-4': 'Tente novamente e confira o que você digitou.',
      '-13': 'Tente novamente e crie uma chave nova.',
      '-14': 'Aguarde alguns minutos e tente novamente.',
      '-16':
        'Confira o nome e a senha da sua conta e tente novamente. Se ainda não tem conta, escolha “Ainda não tenho conta”; se sua conta estiver bloqueada, fale conosco.',
      '-44': 'Tente novamente e crie uma chave nova.',
      '-62': 'Tente novamente e informe o nome da sua organização.',
      '-70': 'Confira seu endereço de e-mail e tente novamente.',
      '-97': 'Tente novamente.',
    },
    adviceDefault: 'Confira o que você digitou e tente novamente.',
  },
  collect: {
    title: 'Retire seu certificado',
    intro:
      'Quando a Sectigo tiver emitido seu certificado, retire-o aqui e transforme-o, junto com a chave privada que você salvou, em um arquivo que o seu programa de e-mail possa importar.',
    steps: {
      ask: 'Pedir à Sectigo',
      answer: 'Trazer a resposta',
      key: 'Sua chave',
      file: 'Seu arquivo de certificado',
      install: 'Instalar',
    },
    ask: {
      legend: 'Como você quer retirá-lo?',
      withAccount: 'Com o número do pedido e minha conta Sectigo',
      withCode: 'Com um código de retirada',
      open: 'Pedir meu certificado à Sectigo',
      opened:
        'A resposta da Sectigo abriu em uma nova aba. É um texto curto: selecione tudo (Ctrl+A ou ⌘A), copie e cole abaixo. Ou salve a página (Ctrl+S ou ⌘S) e solte o arquivo abaixo.',
      haveAnswer: 'Já tenho a resposta da Sectigo',
    },
    answer: {
      label: 'Resposta da Sectigo',
      help: 'Cole o texto inteiro ou solte o arquivo salvo. Ele começa com um número sozinho em uma linha.',
      choose: 'Escolher o arquivo salvo…',
      empty: 'Cole a resposta da Sectigo primeiro.',
      notAnswer:
        'Isto não parece ser a resposta da Sectigo a um pedido de retirada. Cole o texto inteiro da aba que a Sectigo abriu.',
      ready: (count: number) =>
        plural(count, {
          one: 'Seu certificado chegou.',
          other: 'Seu certificado chegou, com # certificados no total (o seu e os da Sectigo).',
        }),
      pending:
        'A Sectigo aceitou o pedido, mas seu certificado ainda não está pronto. Tente novamente mais tarde.',
      available:
        'Seu certificado está pronto, mas a resposta não o contém. Peça novamente com o botão desta página, que pede o próprio certificado.',
      for: (email: string) => `Emitido para ${email}`,
      validUntil: (date: string) => `válido até ${date}`,
      codes: {
        '-154':
          'Você ainda não confirmou seu endereço de e-mail. Abra o e-mail da Sectigo e siga o link; depois peça novamente.',
        '-16':
          'A Sectigo não conseguiu fazer seu login: confira o nome e a senha da sua conta e peça novamente.',
        '-22': 'O pedido ainda está aguardando pagamento ou aprovação. Peça novamente mais tarde.',
        '-20': 'A Sectigo recusou a solicitação de certificado. Fale conosco.',
        '-21': 'Este certificado foi revogado. Fale conosco.',
        '-3': 'Faltou algo no pedido. Confira o número do pedido (ou o código de retirada) e peça novamente.',
        '-4': 'Algo no pedido não foi aceito. Confira o número do pedido (ou o código de retirada) e peça novamente.',
        '-14': 'A Sectigo teve um problema inesperado. Aguarde alguns minutos e peça novamente.',
      },
      otherError: (code: string) =>
        `A Sectigo respondeu com o erro ${code}. Confira os detalhes e peça novamente, ou fale conosco.`,
    },
    key: {
      legend: 'A chave privada que você salvou',
      fromSession: 'Usar a chave criada nesta página nesta visita',
      fromFile: 'Usar meu arquivo de chave salvo',
      label: 'Seu arquivo de chave privada',
      help: 'O arquivo .key que você salvou ao fazer o pedido. Ele é lido somente nesta página; não é enviado a lugar nenhum.',
      choose: 'Escolher o arquivo da chave…',
      passphrase: 'Frase secreta da chave',
      passphraseHelp: 'Seu arquivo de chave está protegido por uma frase secreta: digite-a.',
      check: 'Verificar minha chave',
      matches: 'Sua chave e seu certificado combinam.',
      mismatch:
        'Esta chave não pertence a este certificado. Use o arquivo de chave que você salvou ao fazer este pedido.',
      empty: 'Adicione primeiro o seu arquivo de chave privada.',
      needsPassphrase: 'Digite a frase secreta do seu arquivo de chave.',
      wrongPassphrase:
        'A frase secreta não está correta para este arquivo de chave. Tente novamente.',
      unreadable:
        'Este arquivo não é uma chave privada que esta página consiga ler. Escolha o arquivo .key que você salvou.',
    },
    file: {
      legend: 'Proteja o arquivo com uma senha',
      help: 'Seu programa de e-mail pede esta senha uma única vez, quando você importa o arquivo.',
      password: 'Nova senha para o arquivo',
      confirm: 'Repita a senha',
      differ: 'As duas senhas são diferentes.',
      tooShort: (min: number) => `Use pelo menos ${countCharacters(min)}.`,
      legacy: 'Criar para sistemas mais antigos (Windows 7 ou 8.1, macOS mais antigo)',
      legacyHelp:
        'Usa uma criptografia mais antiga e mais fraca, de que esses sistemas precisam; deixe desmarcado, a menos que a importação falhe neles.',
      build: 'Criar meu arquivo de certificado',
      building: 'Criando seu arquivo…',
      ready: 'Seu arquivo de certificado está pronto.',
      download: (name: string) => `Baixar ${name}`,
      failed: 'Não foi possível criar o arquivo. Confira as etapas acima e tente novamente.',
    },
    install: {
      title: 'Instale-o no seu programa de e-mail',
      intro:
        'Abra no seu programa de e-mail o arquivo que você baixou e digite a senha que escolheu.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Clique duas vezes no arquivo .p12 e siga o assistente de importação; digite sua senha quando for pedida.',
          'No Outlook: Arquivo › Opções › Central de Confiabilidade › Configurações da Central de Confiabilidade › Segurança de Email.',
          'Em Email criptografado, escolha Configurações e selecione seu novo certificado; clique em OK.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Clique duas vezes no arquivo .p12: o Acesso às Chaves abre. Adicione-o às chaves “início de sessão” e digite sua senha.',
          'Feche e abra o Mail de novo. Quando você escrever uma mensagem deste endereço, aparecerão os botões de assinar e criptografar.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Configurações › Privacidade e segurança › Certificados › Gerenciar certificados › Seus certificados › Importar; escolha o arquivo .p12 e digite sua senha.',
          'Configurações de contas › Criptografia de ponta a ponta › S/MIME: selecione o certificado para assinatura e para criptografia.',
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

export default pt;
