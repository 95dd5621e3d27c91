/**
 * 简体中文 (zh, declared as zh-Hans): the customer pages. Machine translation
 * of the English catalogue (src/ui/i18n/en), not yet reviewed by a native
 * speaker: have it reviewed before relying on it. Resellers can reword any
 * message in config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

// Sectigo's `zh` is Chinese-Mandarin; its emails are in simplified script (languages.ts).
const { plural, formatNumber, formatSeconds } = formatsFor('zh-Hans');

const zh: Messages = {
  app: {
    skipToContent: '跳到正文',
    navigation: '页面',
    views: {
      shop: '订购证书',
      result: '订单结果',
      generate: '生成密钥和 CSR',
    },
    loading: '正在加载…',
    loadFailed: '无法加载此页面。请重新加载页面后重试。',
    insecure:
      '此页面是通过未加密的 http 打开的，因此浏览器不允许它生成密钥或检查证书。请使用 https:// 打开，以使用全部功能。',
    privacy:
      '一切都在您的浏览器中运行。您输入的任何内容、密钥和密码都不会离开此页面，只有您自己选择发送给 Sectigo 的订单除外。',
  },
  common: {
    language: '语言',
    continue: '继续',
    back: '返回',
    required: '必填',
    technicalDetails: '技术详情（供技术支持使用）',
    technicalDetailsHelp:
      '本页面发送或收到的内容，使用 Sectigo 接口中的名称显示。除非技术支持要求，否则您无需查看。',
    tooLong: (label: string, max: number) => `${label}：最多 ${formatNumber(max)} 个字符。`,
    atMost: (max: number) => `最多 ${formatNumber(max)} 个字符。`,
    invalid: (label: string) => `${label}：此值不被接受。请检查后重试。`,
    invalidCharacters: (label: string) =>
      `${label}：请删除不可见或损坏的字符（以纯文本形式粘贴）。`,
    chooseOption: '— 请选择 —',
    support: {
      title: '需要帮助？',
      email: '电子邮件',
      phone: '电话',
      pages: '帮助页面',
    },
    keyLoss: {
      confirm:
        '您的私钥尚未保存。如果继续，私钥将永久丢失，用它订购的证书也将无法使用。仍要继续吗？',
    },
    chooseFile: '选择文件…',
    files: {
      dropHere: '或将文件拖放到此处',
      clear: '清除',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} 为 ${formatNumber(mebibytes)} MiB；超过 ${formatNumber(max)} MiB 的文件不会被读取。`,
    },
    copy: {
      button: '复制',
      copied: '已复制',
      failed: '复制失败',
      label: (what: string) => `复制${what}`,
      done: (what: string) => `已复制${what}`,
      couldNot: '无法复制',
    },
    download: (filename: string) => `下载 ${filename}`,
  },
  params: {
    foreName: {
      label: '名',
      help: '按您希望在证书中显示的方式填写。',
      required: '请输入您的名（或姓）。',
    },
    surName: {
      label: '姓',
      required: '请输入您的姓（或名）。',
    },
    emailAddress: {
      label: '您的电子邮件地址',
      help: '证书将为此邮箱签发。Sectigo 会向该邮箱发送一个验证链接。',
      required: '请输入您的电子邮件地址。',
      invalid: '请按 name@example.com 的格式输入您的电子邮件地址。',
    },
    telephoneNumber: {
      label: '电话号码',
      help: '选填。仅在 Sectigo 需要就此订单联系您时使用。',
      required: '请输入您的电话号码。',
    },
    organizationName: {
      label: '组织名称',
      help: '注册的法定名称，须与官方登记完全一致。',
      required: '请输入您组织的注册名称。',
    },
    streetAddress1: {
      label: '街道地址',
      help: '组织的注册地址。',
      required: '请输入您组织的街道地址。',
    },
    streetAddress2: {
      label: '地址第 2 行',
      help: '选填。',
      required: '请输入地址第二行。',
    },
    localityName: {
      label: '城市',
      help: '请填写城市，或省/州/地区（至少填写一项）。',
      required: '请输入城市（或省/州/地区）。',
    },
    stateOrProvinceName: {
      label: '省/州/地区',
      required: '请输入省/州/地区（或城市）。',
    },
    postalCode: {
      label: '邮政编码',
      required: '请输入邮政编码。',
    },
    countryName: {
      label: '国家/地区',
      required: '请选择您组织所在的国家/地区。',
      invalid: '请从列表中选择国家/地区。',
    },
    organizationIdentifier: {
      label: '组织标识符',
      help: '您的组织登记所用的号码（例如公司注册号或增值税号）。',
      required: '请输入您组织的注册号。',
    },
    loginName: {
      label: '账户名',
      help: '您的 Sectigo 账户名（区分大小写）。稍后领取证书时需要使用。',
      required: '请输入您的账户名。',
    },
    loginPassword: {
      label: '账户密码',
      help: '区分大小写。仅随订单发送给 Sectigo；本页面从不存储密码。',
      required: '请输入您的账户密码。',
    },
    orderNumber: {
      label: '订单号',
      help: '下单时显示的号码（仅含数字）。',
      required: '请输入您的订单号，或改用领取码。',
      invalid: '订单号仅由数字组成，例如 8151164。',
    },
    collectionCode: {
      label: '领取码',
      help: '如果您收到了领取码，可以只用它领取，无需账户名和密码。',
      required: '请输入您的领取码。',
    },
  },
  shop: {
    defaultTitle: '订购电子邮件证书',
    needsConfig: '本页面需要经销商提供的 config.json 才能接受订单。',
    steps: {
      label: '步骤',
      product: '证书',
      details: '您的信息',
      key: '您的密钥',
      review: '核对并下单',
    },
    start: {
      collectLink: '领取您已订购的证书',
      collectHint: '已经下单了？领取您的证书，并生成邮件客户端可用的文件。',
    },
    product: {
      legend: '选择您的证书',
      groupLabel: '证书',
      names: {
        mailbox: '电子邮件证书',
        organization: '含组织名称的电子邮件证书',
      },
      blurbs: {
        mailbox: '为您的电子邮件签名和加密。Sectigo 会向邮箱发送链接，以确认该邮箱属于您。',
        organization:
          '为电子邮件签名和加密，并显示您组织的名称。Sectigo 还会核实您的组织，因此需要提供其注册名称和地址。',
      },
      years: (years: number) => plural(years, { other: '# 年' }),
      price: (price: string) => `价格：${price}`,
      choose: '请选择一种证书以继续。',
    },
    details: {
      aboutYou: '关于您',
      organization: '您的组织',
      account: '您的 Sectigo 账户',
      accountHelp: 'Sectigo 将您的证书保存在一个账户中。稍后领取证书时，您需要该账户的名称和密码。',
      newAccount: '我是新用户：用此名称和密码创建账户',
      existingAccount: '我已有账户',
      confirmPassword: '再次输入密码',
      confirmPasswordHelp: '请再输入一次相同的密码。',
      passwordsDiffer: '两次输入的密码不一致。请输入两次相同的密码。',
      retypePassword: '为了您的安全，本页面在发送后已忘记您的密码。请重新输入。',
      fixBelow: (count: number) =>
        plural(count, {
          other: '下方有 # 处需要您注意。',
        }),
    },
    key: {
      legend: '您的私钥',
      intro: (email: string) =>
        `您的证书需要一个密钥对。它将在此浏览器中为 ${email} 立即生成。只有公钥会发送给 Sectigo；私钥由您自己保管。`,
      saveFirst: '请在下单前保存私钥：安装证书时需要它，而且任何人都无法恢复它。',
      make: '生成我的密钥',
      making: '正在生成您的密钥…',
      ready: '您的密钥已准备就绪。',
      download: '下载我的私钥（.key）',
      confirmSaved: '我已保存私钥',
      mustSave: '继续之前，请下载您的私钥（或确认您已保存）。',
      makeFirst: '请先生成您的密钥。',
      failed: '无法在此浏览器中生成您的密钥。请重新加载页面后重试。',
      keptFromBefore: '您正在使用与之前相同的密钥。您保存的密钥文件仍适用于此订单。',
      makeNew: '改为生成新密钥',
      makeNewHelp: '仅在您丢失了密钥文件时使用。旧文件将无法用于新订单。',
    },
    review: {
      title: '核对您的订单',
      intro: '请核对您的订单。您的私钥不会被发送，它始终由您保管。',
      certificate: '证书',
      validity: '有效期',
      price: '价格',
      mailbox: '邮箱',
      name: '姓名',
      organization: '组织',
      address: '地址',
      identifier: '组织标识符',
      account: 'Sectigo 账户',
      accountNew: (name: string) => `${name}（新账户）`,
      accountExisting: (name: string) => `${name}（已有账户）`,
      whatHappens: '当您点击“下单”后',
      happens: [
        'Sectigo 的安全页面会在新标签页中打开并提交您的订单。当前标签页保持打开，因此即使出现问题，您输入的内容也不会丢失。',
        'Sectigo 会向您的邮箱发送一个验证链接。',
      ],
      resellerApproves: (brand: string) => `在 Sectigo 签发证书之前，${brand} 会审批该订单。`,
      placeOrder: '下单',
      fixFirst: '下单前请先修正以下内容：',
      edit: '修改',
      sentParams: '发送给 Sectigo 的内容',
      csrSummary: (characters: number) =>
        `包含您公钥的证书请求（${formatNumber(characters)} 个字符）`,
      passwordHidden: '（已隐藏）',
    },
    waiting: {
      title: '您的订单已交给 Sectigo',
      body: 'Sectigo 的页面已在新标签页中打开。Sectigo 答复后，结果会显示在该标签页和此处。',
      noTab: '没有看到新标签页？可能是浏览器拦截了它：请允许此页面弹出窗口，然后再次点击“下单”。',
      again: '再次下单',
    },
    error: {
      title: '您的订单未能提交',
      whatToDo: '您可以这样做',
      tryAgain: '重试',
      tryAgainHelp: '您输入的所有内容和您的密钥都还在。为了您的安全，您需要重新输入密码。',
      contactSupport: '如果问题再次出现，请联系我们：',
    },
    success: {
      title: '谢谢：您的订单已提交',
      orderNumber: '您的订单号',
      keepIt: '请保存此号码：领取证书时需要用到。',
      next: '接下来会发生什么',
      steps: {
        verify: (email: string) =>
          `Sectigo 会向 ${email} 发送一封电子邮件。请打开邮件并点击其中的链接，确认该邮箱属于您。`,
        organization: 'Sectigo 会核实您组织的名称和地址。这可能需要几个工作日。',
        approve: (brand: string) => `${brand} 审批您的订单。`,
        issued: '证书准备好后，Sectigo 会发邮件通知您。届时请回到此页面领取证书。',
      },
      collectNow: '领取我的证书',
      keepKey: '请妥善保管您保存的私钥文件：安装证书时需要它。',
    },
    resultTab: {
      otherTab:
        '您的订购页面仍在您来时的标签页中打开：此结果已传递给它，您输入的所有内容都在那里。',
      close: '关闭此标签页',
    },
  },
  result: {
    title: '订单结果',
    noResult: '当您从 Sectigo 返回时，此页面会显示订单的结果。当前地址中没有结果。',
    decodeHint: '如需查看 Sectigo 的其他答复，请将其粘贴到',
    decodeLink: '解码答复',
    placed: '订单已提交',
    notPlaced: '订单未能提交',
    unreadable: '无法读取此结果',
    unreadableBody:
      '打开此页面的链接中没有本页面能识别的结果。如果您刚刚下单，请查看您的电子邮件或联系卖家。',
    orderNumber: '订单号',
    orderNumberCopy: '订单号',
    oddOrderNumber: '链接中的订单号格式不符合预期（订单号仅由数字组成），因此不作为订单号显示。',
    unknownCode: '链接给出了本页面不认识的错误代码。订单很可能未能提交。',
    meaning: '此代码的含义',
    linkText: '来自链接的文本，未经核实',
    fieldUnknown: '链接中提到了本页面不认识的字段。',
    field: (label: string) => `相关字段：${label}。`,
    cleared:
      '结果已从地址栏中移除，因此重新加载或分享此页面不会重复该结果。在您关闭页面之前，它会一直显示在这里。',
    everything: '链接中的全部内容',
    detailsFailed: '无法加载技术详情。请将其关闭后重新打开以重试。',
    toOrderingPage: '前往订购页面',
    openInDecode: '在“解码答复”视图中打开',
    codes: {
      '-1': '订单未通过安全连接送达 Sectigo。',
      '-2': '订单中含有 Sectigo 不接受的内容。',
      '-3': '订单中缺少 Sectigo 需要的部分信息。',
      '-4': '订单中的部分信息未被接受。',
      '-13': 'Sectigo 不接受您密钥的长度。',
      '-14': 'Sectigo 在处理订单时遇到了意外问题。',
      '-16': 'Sectigo 无法让您登录：账户名或密码错误，或者账户已被锁定或其密码已过期。',
      '-38': '该账户缺少 Sectigo 必须先核实的信息。',
      '-39': '订单中没有包含证书。',
      '-44': 'Sectigo 未接受您的密钥。',
      '-62': '缺少组织名称。',
      '-65': '目前无法通过此账户订购此证书。',
      '-70': '电子邮件地址未被接受。',
      '-83': '订单中包含了一项不适用于它的信息。',
      '-91': '此账户无权提交此订单。',
      '-97': '会话已过期。',
    },
    advice: {
      '-3': '请重试，并检查是否已填写所有字段。',
      '-4': '请重试，并检查您输入的内容。',
      '-13': '请重试，并生成一个新密钥。',
      '-14': '请等待几分钟后重试。',
      '-16':
        '请检查您的账户名和密码后重试。如果您是新用户，请选择“我是新用户”；如果您的账户已被锁定，请联系我们。',
      '-44': '请重试，并生成一个新密钥。',
      '-62': '请重试，并输入您组织的名称。',
      '-70': '请检查您的电子邮件地址后重试。',
      '-97': '请重试。',
    },
    adviceDefault: '请重试。如果问题再次出现，请附上下方的订单详情联系我们。',
  },
  collect: {
    title: '领取您的证书',
    intro:
      'Sectigo 签发证书后，请在此领取，并将它与您保存的私钥一起制作成邮件客户端可以导入的文件。',
    steps: {
      ask: '向 Sectigo 请求',
      answer: '带回答复',
      key: '您的密钥',
      file: '您的证书文件',
      install: '安装',
    },
    ask: {
      legend: '您希望如何领取？',
      withAccount: '使用我的订单号和 Sectigo 账户',
      withCode: '使用领取码',
      open: '向 Sectigo 请求我的证书',
      opened:
        'Sectigo 的答复已在新标签页中打开。它是一段简短的文本：请全选并复制，然后回到此标签页，粘贴到下方。在手机上，请长按文本，然后选择“全选”和“拷贝”；在电脑上，请按 Ctrl+A，再按 Ctrl+C（Mac 上为 ⌘A 和 ⌘C）。或者保存该页面，再在下方选择该文件。',
      haveAnswer: '我已经有 Sectigo 的答复',
    },
    answer: {
      label: 'Sectigo 的答复',
      help: '粘贴完整的文本，或选择保存的文件。它以单独一行的数字开头。',
      choose: '选择保存的文件…',
      empty: '请先粘贴 Sectigo 的答复。',
      notAnswer: '这看起来不像 Sectigo 对领取请求的答复。请粘贴 Sectigo 所打开标签页中的全部文本。',
      // Chinese has only the plural category "other"; the English "one" form
      // means "your certificate alone", so that case is kept by the count itself.
      ready: (count: number) =>
        count === 1
          ? '您的证书已到。'
          : plural(count, {
              other: '您的证书已到，共 # 个证书（您的证书和 Sectigo 的证书）。',
            }),
      pending: 'Sectigo 已接受请求，但您的证书尚未准备好。请稍后重试。',
      available:
        '您的证书已准备好，但答复中没有包含它。请使用本页面的按钮再次请求，该按钮会请求证书本身。',
      for: (email: string) => `签发给 ${email}`,
      validUntil: (date: string) => `有效期至 ${date}`,
      codes: {
        '-154':
          '您尚未确认您的电子邮件地址。请打开 Sectigo 发来的邮件并点击其中的链接，然后再次请求。',
        '-16': 'Sectigo 无法让您登录：请检查您的账户名和密码，然后再次请求。',
        '-22': '该订单仍在等待付款或审批。请稍后再次请求。',
        '-20': 'Sectigo 拒绝了证书请求。请联系我们。',
        '-21': '此证书已被吊销。请联系我们。',
        '-3': '请求中缺少某些信息。请检查订单号（或领取码），然后再次请求。',
        '-4': '请求中的某些内容未被接受。请检查订单号（或领取码），然后再次请求。',
        '-14': 'Sectigo 遇到了意外问题。请等待几分钟后再次请求。',
      },
      otherError: (code: string) =>
        `答复中包含错误 ${code}，本页面无法解释。请确认已复制 Sectigo 的完整答复后再次请求，或联系我们并提供此编号。`,
    },
    key: {
      legend: '您保存的私钥',
      fromSession: '使用本次访问中在此页面生成的密钥',
      fromFile: '使用我保存的密钥文件',
      label: '您的私钥文件',
      help: '您下单时保存的 .key 文件。它只在此页面中读取，不会发送到任何地方。',
      choose: '选择密钥文件…',
      passphrase: '密钥口令',
      passphraseHelp: '您的密钥文件受口令保护：请输入口令。',
      check: '检查我的密钥',
      matches: '您的密钥与证书相匹配。',
      mismatch: '此密钥与此证书不匹配。请使用您下此订单时保存的密钥文件。',
      empty: '请先添加您的私钥文件。',
      needsPassphrase: '请输入您密钥文件的口令。',
      wrongPassphrase: '此口令与该密钥文件不符。请重试。',
      unreadable: '此文件不是本页面能读取的私钥。请选择您保存的 .key 文件。',
    },
    file: {
      legend: '用密码保护文件',
      help: '导入文件时，您的邮件客户端会要求输入一次此密码。',
      password: '文件的新密码',
      confirm: '再次输入密码',
      differ: '两次输入的密码不一致。',
      tooShort: (min: number) => `请至少使用 ${formatNumber(min)} 个字符。`,
      legacy: '为旧系统生成（Windows 7 或 8.1、旧版 macOS）',
      legacyHelp:
        '使用这些系统所需的较旧、较弱的加密方式；除非在这些系统上导入失败，否则请不要勾选。',
      build: '生成我的证书文件',
      building: '正在生成您的文件…',
      ready: '您的证书文件已准备就绪。',
      download: (name: string) => `下载 ${name}`,
      failed: '无法生成文件。请检查上面的步骤后重试。',
    },
    install: {
      title: '在邮件客户端中安装',
      intro: '在邮件客户端中打开您下载的文件，并输入您设置的密码。',
      outlook: {
        name: 'Outlook（Windows）',
        steps: [
          '双击 .p12 文件并按照导入向导操作；出现提示时输入您的密码。',
          '在 Outlook 中：文件 › 选项 › 信任中心 › 信任中心设置 › 电子邮件安全性。',
          '在“加密电子邮件”下，选择“设置”并选中您的新证书；然后点击“确定”。',
        ],
      },
      appleMail: {
        name: 'Apple Mail（Mac）',
        steps: [
          '双击 .p12 文件：“钥匙串访问”随即打开。将它添加到“登录”钥匙串，并输入您的密码。',
          '退出并重新打开“邮件”。当您从此地址撰写邮件时，会出现签名和加密按钮。',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          '设置 › 隐私与安全 › 证书 › 管理证书 › 您的证书 › 导入；选择 .p12 文件并输入您的密码。',
          '账户设置 › 端到端加密 › S/MIME：选择用于签名和加密的证书。',
        ],
      },
      iphone: {
        name: 'iPhone 和 iPad 上的“邮件”',
        steps: [
          '将 .p12 文件存储到“文件”App 中并轻点它。然后打开“设置”，轻点顶部的“已下载描述文件”，选择“安装”，输入设备密码，再输入您的密码。',
          '“设置” › “邮件” › “账户”（iOS 18：“设置” › “App” › “邮件” › “邮件账户”）› 您的账户 › “账户” › “高级”：打开“签名”和“默认加密”，并为两者选择此证书。',
        ],
      },
    },
  },
  generate: {
    title: '生成密钥和 CSR',
    lead: '密钥对由您的浏览器在本页面中自行生成。私钥不会发送到任何地方：请在下单前保存它，因为它无法找回。',
    mode: {
      legend: '密钥',
      new: '生成新密钥',
      existing: '使用我现有的密钥（保留密钥的续订）',
    },
    presets: {
      legend: '证书类型',
      dv: {
        label: '网站，域名验证（DV）',
        description: '只证明您控制这些域名。请求中只需要名称。',
      },
      'ov-ev': {
        label: '网站，组织验证或扩展验证（OV/EV）',
        description: '在证书中写明您的组织。请按注册信息填写其法定名称和地址。',
      },
      'smime-mailbox': {
        label: '电子邮件（S/MIME），邮箱验证',
        description: '为一个地址的电子邮件签名和加密。请求中只需要该地址。',
      },
      'smime-organization': {
        label: '电子邮件（S/MIME），组织验证',
        description: '同时写明您组织的电子邮件证书：必须提供组织全称和地址。',
      },
    },
    names: {
      legend: '证书中的名称',
      emailLabel: '电子邮件地址',
      emailHelp: '证书所对应的邮箱。',
      domainsLabel: '域名',
      domainsHelp: '每行一个（或用逗号分隔）。第一个是证书的主名称。通配符请写成 *.example.com。',
      domain: (position: number) => `域名 ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP 地址 ${formatNumber(position)}`,
    },
    organization: {
      legend: '组织',
      fields: {
        countryName: '国家/地区',
        stateOrProvinceName: '省/州',
        localityName: '城市',
        streetAddress: '街道地址',
        postalCode: '邮政编码',
        postOfficeBox: '邮政信箱',
        organizationName: '组织',
        organizationalUnitName: '组织单位（部门）',
        commonName: '主名称',
        emailAddress: '电子邮件地址',
      },
      streetLine: (line: number) => `地址第 ${formatNumber(line)} 行`,
      perLine: (max: number) => `每行最多 ${formatNumber(max)} 个字符。`,
      countryHelp: '组织的注册所在地。',
      countryNone: '— 无 —',
    },
    algorithms: {
      legend: '密钥算法',
      recommended: '推荐',
      notes: {
        'RSA-2048': '适用于所有服务器和邮件程序。电子邮件证书的稳妥之选。',
        'RSA-3072': '更强的 RSA；生成和使用稍慢。支持广泛。',
        'RSA-4096': '强 RSA；生成需要几秒钟，连接建立稍慢。',
        'RSA-8192': 'Sectigo 接受的最大长度。生成可能需要一分钟；很少值得。',
        'P-256': '新式、小巧、快速；强度相当于 RSA 3072。推荐用于网站。',
        'P-384': '更强的椭圆曲线；稍慢。支持广泛。',
        'P-521': 'Sectigo 接受的最强曲线；部分旧软件无法使用。',
      },
    },
    existing: {
      legend: '您现有的私钥',
      help: '粘贴您当前使用的私钥文件，或将其拖放到此处（PEM 格式；受密码短语保护的密钥也可以）。它只保留在本页面的内存中。',
      choose: '选择密钥文件…',
      passphrase: '密码短语（仅用于受保护的密钥）',
      problems: {
        empty: '请粘贴您的私钥，或将其文件拖放到此处。',
        needsPassphrase: '此密钥受密码短语保护：请输入密码短语。',
        wrongPassphrase: '密码短语无法打开此密钥。请重试。',
        unsupported: '此处无法使用这种密钥。请改为生成新密钥。',
        unreadable: '这不是本页面能读取的私钥。请检查是否粘贴了完整的密钥文件。',
      },
      ownKey: (algorithm: string) => `${algorithm}（您的密钥）`,
    },
    actions: {
      generate: '生成密钥和 CSR',
      makeCsr: '生成 CSR',
      cancel: '取消',
    },
    progress: {
      making: (algorithm: string) => `正在生成 ${algorithm} 密钥和 CSR`,
      reading: '正在读取密钥并生成 CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: '有些字段需要处理：请查看字段旁的提示。',
      cancelled: '已取消：没有保留任何密钥。',
      failed: '无法生成 CSR。请重试；如果再次失败，请选择其他密钥算法。',
      keyLoss: '之前生成的私钥尚未保存。生成新的 CSR 会替换它，且无法找回。仍要继续吗？',
    },
    problems: {
      domainsRequired: '请至少填写一个域名。',
      emailRequired: '请输入电子邮件地址。',
      oneEmail: '每张证书只能填写一个电子邮件地址。',
      required: (field: string) => `此类证书必须填写“${field}”。`,
      oneOf: (fields: string) => `请至少填写一项：${fields}。`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}：${plural(max, { other: '最多 # 行' })}。`,
        tooLong: (field: string, max: number, length: number) =>
          `${field}过长：最多 ${formatNumber(max)} 个字符（当前 ${formatNumber(length)} 个）。`,
        controlCharacter: (field: string) => `${field}包含换行符、制表符或其他不可见字符：请删除。`,
        countryCode: (field: string) => `${field}：请从列表中选择国家/地区。`,
        printableOnly: (field: string) =>
          `${field}只能包含字母 A–Z、数字、空格和 ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) => `${field}只能包含不带重音的字母 A–Z、数字和标点符号。`,
      },
      names: {
        empty: (field: string) => `${field}为空。`,
        invalid: (field: string, value: string) => `${field}“${value}”不是有效的域名。`,
        tooLong: (field: string, value: string) => `${field}“${value}”作为域名过长。`,
        singleLabel: (field: string, value: string) =>
          `${field}“${value}”至少需要两个部分，例如 example.com。`,
        badLabel: (field: string, value: string, label: string) =>
          `${field}包含无效部分“${label}”（在“${value}”中）：只能使用字母、数字和连字符，每部分最多 63 个字符，开头和结尾不能是连字符。`,
        wildcardPosition: (field: string, value: string) =>
          `${field}“${value}”：通配符（*）只能作为完整的第一部分，例如 *.example.com。`,
        wildcardBare: (field: string, value: string) =>
          `${field}“${value}”：通配符后面需要一个已注册的域名，例如 *.example.com。`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field}“${value}”是内部名称（以 ${suffix} 结尾）：公开证书只颁发给已注册的域名。`,
        notIp: (field: string, value: string) => `${field}“${value}”不是 IP 地址（IPv4 或 IPv6）。`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} 是私有或保留地址：公开证书不能包含它。`,
        notEmail: (field: string, value: string) =>
          `${field}“${value}”不是 name@example.com 这样的电子邮件地址。`,
        emailDomain: (field: string, value: string) => `${field}“${value}”没有以有效的域名结尾。`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `“${value}”看起来像网址：只有其域名 ${host} 会写入证书。`,
      punycode: (value: string, ascii: string) => `${value} 在证书中写作 ${ascii}。`,
      ipAddress: (value: string) => `${value} 是 IP 地址：它将作为 IP 地址写入证书。`,
    },
    openssl: {
      summary: '想自己生成密钥？用 openssl 也能做到',
      label: 'openssl req 命令',
    },
    result: {
      titleWithKey: '您的 CSR 和私钥',
      title: '您的 CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}，在此浏览器中用时 ${formatSeconds(seconds, 2)} 生成。`,
      unsaved:
        '私钥只存在于本页面中。请在下单或离开前下载它（或复制到安全的地方）：它无法找回，没有它证书就无法使用。',
      saved: '密钥已保存。请妥善保密；您将把它与证书一起安装。',
      csr: '证书签名请求（CSR）',
      downloadCsr: '下载 CSR（.csr）',
      next: '下一步：用此 CSR 订购证书。证书签发后，将其与私钥一起安装。',
      inspect: '检查此 CSR',
      order: '在订单中使用',
      keyTitle: '私钥',
      downloadKey: '下载私钥（.key）',
      showKey: '显示私钥',
      hideKey: '隐藏私钥',
      savedCheck: '我已保存私钥',
      keyBlock: '私钥（PKCS#8，未加密）',
      encrypt: {
        summary: '用密码短语加密后保存（推荐）',
        help: (rounds: number) =>
          `密钥使用 AES-256 和由密码短语派生的密钥加密（PBKDF2-HMAC-SHA256，${formatNumber(rounds)} 轮）。openssl、nginx、Apache 和 Windows 都能读取。请像保管密钥一样妥善保管密码短语。`,
        passphrase: '密码短语',
        passphraseHelp: (min: number) => `至少 ${formatNumber(min)} 个字符。`,
        tooShort: (min: number) =>
          `密码短语太短：请至少使用 ${formatNumber(min)} 个字符（几个互不相关的单词效果很好）。`,
        again: '再次输入密码短语',
        differ: '两次输入的密码短语不一致。',
        button: '加密密钥',
        busy: '正在加密…',
        download: '下载加密的密钥（.key）',
        failed: '无法加密密钥。请重试。',
      },
    },
  },
};

export default zh;
