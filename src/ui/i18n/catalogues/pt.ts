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
    unknownCode:
      'O link traz um código de erro que esta página não conhece. Muito provavelmente o pedido não foi feito.',
    meaning: 'O que este código significa',
    linkText: 'Texto do link, não verificado',
    fieldUnknown: 'O link cita um campo que esta página não conhece.',
    field: (label: string) => `O campo em questão: ${label}.`,
    cleared:
      'O resultado foi removido da barra de endereços, então recarregar ou compartilhar esta página não o repete. Ele fica aqui até você fechar a página.',
    everything: 'Tudo o que está no link',
    detailsFailed:
      'Não foi possível carregar os detalhes técnicos. Feche-os e abra-os novamente para tentar outra vez.',
    toOrderingPage: 'Ir para a página de pedido',
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
        'A resposta da Sectigo abriu em uma nova aba. É um texto curto: selecione tudo, copie, volte a esta aba e cole abaixo. No celular, toque e segure o texto e escolha Selecionar Tudo e Copiar; no computador, pressione Ctrl+A e depois Ctrl+C (⌘A e ⌘C no Mac). Ou salve a página e escolha o arquivo abaixo.',
      haveAnswer: 'Já tenho a resposta da Sectigo',
    },
    answer: {
      label: 'Resposta da Sectigo',
      help: 'Cole o texto inteiro ou escolha o arquivo salvo. Ele começa com um número sozinho em uma linha.',
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
        `A resposta indica o erro ${code}, que esta página não consegue explicar. Confira se você copiou a resposta inteira da Sectigo e peça novamente, ou fale conosco informando este número.`,
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
      iphone: {
        name: 'Mail no iPhone e iPad',
        steps: [
          'Salve o arquivo .p12 no app Arquivos e toque nele. Depois abra Ajustes, toque em “Perfil Transferido” no topo, escolha Instalar e digite o código do dispositivo e depois sua senha.',
          'Ajustes › Mail › Contas (iOS 18: Ajustes › Apps › Mail › Contas de E-mail) › sua conta › Conta › Avançado: ative Assinar e Criptografar por Padrão e escolha este certificado para ambos.',
        ],
      },
    },
  },
  generate: {
    title: 'Gerar uma chave e um CSR',
    lead: 'O seu navegador cria o par de chaves sozinho, nesta página. A chave privada nunca é enviada a lugar nenhum: salve-a antes de fazer o pedido, pois ela não pode ser recuperada.',
    mode: {
      legend: 'Chave',
      new: 'Criar uma chave nova',
      existing: 'Usar minha chave existente (uma renovação que mantém a chave)',
    },
    presets: {
      legend: 'Tipo de certificado',
      dv: {
        label: 'Site, validação de domínio (DV)',
        description:
          'Comprova apenas o controle dos nomes de domínio. A solicitação só precisa dos nomes.',
      },
      'ov-ev': {
        label: 'Site, validação da organização ou estendida (OV/EV)',
        description:
          'Mostra a sua organização no certificado. Informe a razão social e o endereço como estão registrados.',
      },
      'smime-mailbox': {
        label: 'E-mail (S/MIME), validação da caixa postal',
        description:
          'Assina e criptografa e-mails de um único endereço. A solicitação só precisa do endereço.',
      },
      'smime-organization': {
        label: 'E-mail (S/MIME), validação da organização',
        description:
          'Um certificado de e-mail que também identifica a sua organização: o nome completo e o endereço são obrigatórios.',
      },
    },
    names: {
      legend: 'Nomes no certificado',
      emailLabel: 'Endereço de e-mail',
      emailHelp: 'A caixa postal para a qual o certificado é emitido.',
      domainsLabel: 'Nomes de domínio',
      domainsHelp:
        'Um por linha (ou separados por vírgulas). O primeiro é o nome principal do certificado. Para um curinga, escreva *.example.com.',
      domain: (position: number) => `Nome de domínio ${formatNumber(position)}`,
      ipAddress: (position: number) => `Endereço IP ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organização',
      fields: {
        countryName: 'País',
        stateOrProvinceName: 'Estado ou província',
        localityName: 'Localidade (cidade)',
        streetAddress: 'Endereço',
        postalCode: 'Código postal',
        postOfficeBox: 'Caixa postal',
        organizationName: 'Organização',
        organizationalUnitName: 'Unidade organizacional (departamento)',
        commonName: 'Nome principal',
        emailAddress: 'Endereço de e-mail',
      },
      streetLine: (line: number) => `Linha de endereço ${formatNumber(line)}`,
      perLine: (max: number) => `No máximo ${formatNumber(max)} caracteres por linha.`,
      countryHelp: 'Onde a organização está registrada.',
      countryNone: '— nenhum —',
    },
    algorithms: {
      legend: 'Algoritmo da chave',
      recommended: 'recomendado',
      notes: {
        'RSA-2048':
          'Funciona com qualquer servidor e programa de e-mail. A escolha segura para certificados de e-mail.',
        'RSA-3072': 'RSA mais forte; um pouco mais lento para criar e usar. Amplamente suportado.',
        'RSA-4096':
          'RSA forte; leva alguns segundos para criar e as conexões começam um pouco mais devagar.',
        'RSA-8192':
          'O maior tamanho que a Sectigo aceita. Pode levar um minuto para criar; raramente vale a pena.',
        'P-256': 'Moderna, pequena e rápida; tão forte quanto RSA 3072. Recomendada para sites.',
        'P-384': 'Curva elíptica mais forte; um pouco mais lenta. Amplamente suportada.',
        'P-521':
          'A curva mais forte que a Sectigo aceita; alguns programas antigos não conseguem usá-la.',
      },
    },
    existing: {
      legend: 'Sua chave privada existente',
      help: 'Cole o arquivo da chave privada que você usa hoje ou arraste-o para cá (PEM; uma chave protegida por frase secreta também serve). Ela fica apenas na memória desta página.',
      choose: 'Escolher o arquivo da chave…',
      passphrase: 'Frase secreta (só para uma chave protegida)',
      problems: {
        empty: 'Cole a sua chave privada ou arraste o arquivo dela para cá.',
        needsPassphrase: 'Esta chave é protegida por uma frase secreta: digite-a.',
        wrongPassphrase: 'A frase secreta não abre esta chave. Tente novamente.',
        unsupported: 'Este tipo de chave não pode ser usado aqui. Crie uma chave nova.',
        unreadable:
          'Isto não é uma chave privada que esta página consiga ler. Verifique se colou o arquivo da chave inteiro.',
      },
      ownKey: (algorithm: string) => `${algorithm} (sua chave)`,
    },
    actions: {
      generate: 'Gerar chave e CSR',
      makeCsr: 'Criar o CSR',
      cancel: 'Cancelar',
    },
    progress: {
      making: (algorithm: string) => `Criando uma chave ${algorithm} e o CSR`,
      reading: 'Lendo a chave e criando o CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Alguns campos precisam de atenção: veja as mensagens ao lado deles.',
      cancelled: 'Cancelado: nenhuma chave foi mantida.',
      failed:
        'Não foi possível criar o CSR. Tente novamente; se falhar de novo, escolha outro algoritmo de chave.',
      keyLoss:
        'A chave privada criada antes não foi salva. Um novo CSR a substitui, e ela não poderá ser recuperada. Continuar mesmo assim?',
    },
    problems: {
      domainsRequired: 'Informe pelo menos um nome de domínio.',
      emailRequired: 'Digite o endereço de e-mail.',
      oneEmail: 'Informe um único endereço de e-mail por certificado.',
      required: (field: string) => `${field} é obrigatório para este tipo de certificado.`,
      oneOf: (fields: string) => `Preencha pelo menos um: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'no máximo # linha', other: 'no máximo # linhas' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} é longo demais: no máximo ${formatNumber(max)} caracteres (tem ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contém uma quebra de linha, tabulação ou outro caractere invisível: remova-o.`,
        countryCode: (field: string) => `${field}: escolha um país da lista.`,
        printableOnly: (field: string) =>
          `${field} só pode conter letras A–Z, dígitos, espaços e ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} só pode conter letras A–Z sem acentos, dígitos e pontuação.`,
      },
      names: {
        empty: (field: string) => `${field} está vazio.`,
        invalid: (field: string, value: string) =>
          `${field} “${value}” não é um nome de domínio válido.`,
        tooLong: (field: string, value: string) =>
          `${field} “${value}” é longo demais para um nome de domínio.`,
        singleLabel: (field: string, value: string) =>
          `${field} “${value}” precisa de pelo menos duas partes, como example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} tem uma parte inválida “${label}” (em “${value}”): apenas letras, dígitos e hifens, no máximo 63 caracteres por parte, sem hífen no início ou no fim.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} “${value}”: um curinga (*) só pode ser a primeira parte inteira, como em *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} “${value}”: um curinga precisa de um domínio registrado abaixo dele, como em *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} “${value}” é um nome interno (termina em ${suffix}): certificados públicos só são emitidos para nomes de domínio registrados.`,
        notIp: (field: string, value: string) =>
          `${field} “${value}” não é um endereço IP (IPv4 ou IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} é um endereço privado ou reservado: um certificado público não pode incluí-lo.`,
        notEmail: (field: string, value: string) =>
          `${field} “${value}” não é um endereço de e-mail como nome@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} “${value}” não termina com um nome de domínio válido.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `“${value}” parece um endereço da web: só o nome de domínio, ${host}, vai no certificado.`,
      punycode: (value: string, ascii: string) => `${value} é escrito ${ascii} no certificado.`,
      ipAddress: (value: string) =>
        `${value} é um endereço IP: entra no certificado como endereço IP.`,
    },
    openssl: {
      summary: 'Prefere criar a chave você mesmo? O mesmo com openssl',
      label: 'Comando openssl req',
    },
    result: {
      titleWithKey: 'Seu CSR e sua chave privada',
      title: 'Seu CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, criada em ${formatSeconds(seconds, 2)} neste navegador.`,
      unsaved:
        'A chave privada existe apenas nesta página. Baixe-a (ou copie-a para um lugar seguro) antes de fazer o pedido ou sair: ela não pode ser recuperada, e sem ela o certificado não serve.',
      saved: 'Chave salva. Mantenha-a em sigilo; você a instalará junto com o certificado.',
      csr: 'Solicitação de assinatura de certificado (CSR)',
      downloadCsr: 'Baixar o CSR (.csr)',
      next: 'Próximo passo: peça o seu certificado com este CSR. Quando ele for emitido, instale-o junto com a chave privada.',
      inspect: 'Examinar este CSR',
      order: 'Usar em um pedido',
      keyTitle: 'Chave privada',
      downloadKey: 'Baixar a chave privada (.key)',
      showKey: 'Mostrar a chave privada',
      hideKey: 'Ocultar a chave privada',
      savedCheck: 'Salvei a chave privada',
      keyBlock: 'Chave privada (PKCS#8, sem criptografia)',
      encrypt: {
        summary: 'Salvá-la criptografada com uma frase secreta (recomendado)',
        help: (rounds: number) =>
          `A chave é criptografada com AES-256 e uma chave derivada da frase secreta (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} iterações). openssl, nginx, Apache e Windows conseguem lê-la. Guarde a frase secreta com o mesmo cuidado que a chave.`,
        passphrase: 'Frase secreta',
        passphraseHelp: (min: number) => `Pelo menos ${formatNumber(min)} caracteres.`,
        tooShort: (min: number) =>
          `A frase secreta é curta demais: use pelo menos ${formatNumber(min)} caracteres (algumas palavras sem relação entre si funcionam bem).`,
        again: 'Repita a frase secreta',
        differ: 'As duas frases secretas são diferentes.',
        button: 'Criptografar a chave',
        busy: 'Criptografando…',
        download: 'Baixar a chave criptografada (.key)',
        failed: 'Não foi possível criptografar a chave. Tente novamente.',
      },
    },
  },
};

export default pt;
