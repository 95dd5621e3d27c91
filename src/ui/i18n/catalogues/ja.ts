/**
 * 日本語 (ja): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('ja');

const ja: Messages = {
  app: {
    skipToContent: '本文へ移動',
    navigation: 'ページ',
    views: {
      shop: '証明書を注文',
      result: '注文結果',
      generate: '鍵とCSRの生成',
    },
    loading: '読み込み中…',
    loadFailed: 'このページを読み込めませんでした。ページを再読み込みしてもう一度お試しください。',
    insecure:
      'このページは暗号化されていない http で開かれているため、ブラウザーが鍵の作成や証明書の確認を許可しません。すべての機能を使うには https:// で開いてください。',
    privacy:
      'すべてお使いのブラウザー内で動作します。入力した内容、鍵、パスワードがこのページの外に出ることはありません。ただし、ご自身で Sectigo に送信する注文は除きます。',
  },
  common: {
    language: '言語',
    continue: '次へ',
    back: '戻る',
    required: '必須',
    technicalDetails: '技術的な詳細（サポート用）',
    technicalDetailsHelp:
      'このページが送信した内容と受信した内容を、Sectigo のインターフェースで使われる名前で示しています。サポートから求められない限り、ご覧いただく必要はありません。',
    tooLong: (label: string, max: number) =>
      `${label}：${formatNumber(max)} 文字以内で入力してください。`,
    atMost: (max: number) => `${formatNumber(max)} 文字以内。`,
    invalid: (label: string) =>
      `${label}：この値は使用できません。確認して、もう一度お試しください。`,
    invalidCharacters: (label: string) =>
      `${label}：見えない文字や壊れた文字を削除してください（書式なしのテキストとして貼り付けてください）。`,
    chooseOption: '— 選択してください —',
    support: {
      title: 'お困りですか？',
      email: 'メール',
      phone: '電話',
      pages: 'ヘルプページ',
    },
    keyLoss: {
      confirm:
        '秘密鍵はまだ保存されていません。このまま進むと秘密鍵は完全に失われ、その鍵で注文した証明書は使用できなくなります。それでも進みますか？',
    },
    chooseFile: 'ファイルを選択…',
    files: {
      dropHere: 'またはここにファイルをドロップ',
      clear: 'クリア',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} は ${formatNumber(mebibytes)} MiB です。${formatNumber(max)} MiB を超えるファイルは読み込みません。`,
    },
    copy: {
      button: 'コピー',
      copied: 'コピーしました',
      failed: 'コピーできませんでした',
      label: (what: string) => `${what}をコピー`,
      done: (what: string) => `${what}をコピーしました`,
      couldNot: 'コピーできませんでした',
    },
    download: (filename: string) => `${filename} をダウンロード`,
  },
  params: {
    foreName: {
      label: '名',
      help: '証明書に記載するとおりに入力してください。',
      required: '名（または姓）を入力してください。',
    },
    surName: {
      label: '姓',
      required: '姓（または名）を入力してください。',
    },
    emailAddress: {
      label: 'メールアドレス',
      help: '証明書はこのメールボックスに対して発行されます。Sectigo からこのアドレスに確認用のリンクが送信されます。',
      required: 'メールアドレスを入力してください。',
      invalid: 'メールアドレスを name@example.com の形式で入力してください。',
    },
    telephoneNumber: {
      label: '電話番号',
      help: '任意。この注文について Sectigo から連絡が必要な場合にのみ使用されます。',
      required: '電話番号を入力してください。',
    },
    organizationName: {
      label: '組織名',
      help: '公式の登記簿に記載されているとおりの正式名称。',
      required: '組織の登記上の名称を入力してください。',
    },
    streetAddress1: {
      label: '番地・町名',
      help: '組織の登記上の住所。',
      required: '組織の住所（番地・町名）を入力してください。',
    },
    streetAddress2: {
      label: '住所 2 行目',
      help: '任意。',
      required: '住所の 2 行目を入力してください。',
    },
    localityName: {
      label: '市区町村',
      help: '市区町村、または都道府県・州を入力してください（少なくともどちらか一方）。',
      required: '市区町村（または都道府県・州）を入力してください。',
    },
    stateOrProvinceName: {
      label: '都道府県・州',
      required: '都道府県・州（または市区町村）を入力してください。',
    },
    postalCode: {
      label: '郵便番号',
      required: '郵便番号を入力してください。',
    },
    countryName: {
      label: '国',
      required: '組織の所在国を選択してください。',
      invalid: '一覧から国を選択してください。',
    },
    organizationIdentifier: {
      label: '組織識別子',
      help: '組織が登録されている番号（例：会社の登記番号や VAT 番号）。',
      required: '組織の登録番号を入力してください。',
    },
    loginName: {
      label: 'アカウント名',
      help: 'Sectigo のアカウント名（大文字と小文字を区別します）。後で証明書を受け取るときに使用します。',
      required: 'アカウント名を入力してください。',
    },
    loginPassword: {
      label: 'アカウントのパスワード',
      help: '大文字と小文字を区別します。ご注文と一緒に Sectigo にのみ送信され、このページに保存されることはありません。',
      required: 'アカウントのパスワードを入力してください。',
    },
    orderNumber: {
      label: '注文番号',
      help: 'ご注文時に表示された番号（数字のみ）。',
      required: '注文番号を入力するか、代わりに受け取りコードを使用してください。',
      invalid: '注文番号は 8151164 のように数字のみです。',
    },
    collectionCode: {
      label: '受け取りコード',
      help: '受け取りコードをお持ちの場合は、アカウント名とパスワードなしで、そのコードだけで受け取れます。',
      required: '受け取りコードを入力してください。',
    },
  },
  shop: {
    defaultTitle: 'メール証明書のご注文',
    needsConfig: 'このページで注文を受け付けるには、販売店が用意する config.json が必要です。',
    steps: {
      label: 'ステップ',
      product: '証明書',
      details: 'お客様情報',
      key: 'お客様の鍵',
      review: '確認と注文',
    },
    start: {
      collectLink: 'ご注文済みの証明書を受け取る',
      collectHint:
        'すでにご注文済みですか？証明書を受け取って、メールソフト用のファイルを作成できます。',
    },
    product: {
      legend: '証明書を選択してください',
      groupLabel: '証明書',
      names: {
        mailbox: 'メール証明書',
        organization: '組織名入りのメール証明書',
      },
      blurbs: {
        mailbox:
          'メールに署名し、暗号化します。Sectigo はメールボックスにリンクを送信して、そのメールボックスがお客様のものであることを確認します。',
        organization:
          'メールに署名して暗号化し、組織名を表示します。Sectigo は組織についても確認するため、登記上の名称と住所が必要です。',
      },
      years: (years: number) => plural(years, { other: '# 年' }),
      price: (price: string) => `価格：${price}`,
      choose: '続けるには証明書を選択してください。',
    },
    details: {
      aboutYou: 'お客様について',
      organization: 'ご所属の組織',
      account: 'Sectigo アカウント',
      accountHelp:
        'Sectigo は証明書をアカウントで管理します。後で証明書を受け取るときに、アカウント名とパスワードが必要です。',
      newAccount: '初めて利用します：この名前とパスワードでアカウントを作成する',
      existingAccount: 'すでにアカウントを持っています',
      confirmPassword: 'パスワード（確認）',
      confirmPasswordHelp: '同じパスワードをもう一度入力してください。',
      passwordsDiffer: '2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。',
      retypePassword:
        '安全のため、このページは送信後にパスワードを消去しました。もう一度入力してください。',
      fixBelow: (count: number) =>
        plural(count, {
          other: '以下の # 件の項目をご確認ください。',
        }),
    },
    key: {
      legend: '秘密鍵',
      intro: (email: string) =>
        `証明書には鍵ペアが必要です。鍵ペアは今、このブラウザーの中で ${email} 用に作成されます。Sectigo に送られるのは公開鍵だけで、秘密鍵はお客様の手元に残ります。`,
      saveFirst:
        '注文する前に保存してください。証明書のインストールに必要で、誰にも復元できません。',
      make: '鍵を作成する',
      making: '鍵を作成しています…',
      ready: '鍵の準備ができました。',
      download: '秘密鍵をダウンロードする（.key）',
      confirmSaved: '秘密鍵を保存しました',
      mustSave:
        '続ける前に、秘密鍵をダウンロードしてください（または保存したことを確認してください）。',
      makeFirst: '先に鍵を作成してください。',
      failed:
        'このブラウザーでは鍵を作成できませんでした。ページを再読み込みして、もう一度お試しください。',
      keptFromBefore:
        '前回と同じ鍵を使用しています。保存した鍵ファイルは引き続きこのご注文に対応しています。',
      makeNew: '代わりに新しい鍵を作成する',
      makeNewHelp:
        '鍵ファイルを紛失した場合にのみ使用してください。古いファイルは新しいご注文では使用できません。',
    },
    review: {
      title: 'ご注文内容の確認',
      intro: 'ご注文内容をご確認ください。秘密鍵は送信されず、お客様の手元に残ります。',
      certificate: '証明書',
      validity: '有効期間',
      price: '価格',
      mailbox: 'メールボックス',
      name: '氏名',
      organization: '組織',
      address: '住所',
      identifier: '組織識別子',
      account: 'Sectigo アカウント',
      accountNew: (name: string) => `${name}（新規アカウント）`,
      accountExisting: (name: string) => `${name}（既存のアカウント）`,
      whatHappens: '「注文する」を押すと',
      happens: [
        'Sectigo の安全なページが新しいタブで開き、ご注文が送られます。このタブは開いたままなので、問題が起きても入力した内容は失われません。',
        'Sectigo からメールボックスに確認用のリンクが送信されます。',
      ],
      resellerApproves: (brand: string) =>
        `Sectigo が証明書を発行する前に、${brand} がご注文を承認します。`,
      placeOrder: '注文する',
      fixFirst: '注文する前に、次の点を修正してください：',
      edit: '変更',
      sentParams: 'Sectigo に送信される内容',
      csrSummary: (characters: number) =>
        `公開鍵を含む証明書要求（${formatNumber(characters)} 文字）`,
      passwordHidden: '（非表示）',
    },
    waiting: {
      title: 'ご注文は Sectigo で処理中です',
      body: 'Sectigo のページが新しいタブで開きました。Sectigo からの応答があると、そのタブとこのページに結果が表示されます。',
      noTab:
        '新しいタブが開きませんか？ブラウザーがブロックした可能性があります。このページのポップアップを許可してから、もう一度「注文する」を押してください。',
      again: 'もう一度注文する',
    },
    error: {
      title: 'ご注文は完了していません',
      whatToDo: '対処方法',
      tryAgain: 'もう一度試す',
      tryAgainHelp:
        '入力した内容も鍵もそのまま残っています。安全のため、パスワードだけはもう一度入力する必要があります。',
      contactSupport: '再び同じことが起きた場合は、こちらまでお問い合わせください：',
    },
    success: {
      title: 'ありがとうございます。ご注文を承りました',
      orderNumber: '注文番号',
      keepIt: 'この番号を控えておいてください。証明書を受け取るときに必要です。',
      next: '今後の流れ',
      steps: {
        verify: (email: string) =>
          `Sectigo から ${email} にメールが届きます。メールを開いてリンクをクリックし、このメールボックスがお客様のものであることを確認してください。`,
        organization: 'Sectigo が組織の名称と住所を確認します。数営業日かかる場合があります。',
        approve: (brand: string) => `${brand} がご注文を承認します。`,
        issued:
          '証明書の準備ができると、Sectigo からメールが届きます。その後このページに戻り、証明書を受け取ってください。',
      },
      collectNow: '証明書を受け取る',
      keepKey: '保存した秘密鍵ファイルは大切に保管してください。証明書のインストールに必要です。',
    },
    resultTab: {
      otherTab:
        '注文ページは、移動元のタブで開いたままです。この結果はそちらに渡されており、入力した内容もすべて残っています。',
      close: 'このタブを閉じる',
    },
  },
  result: {
    title: '注文結果',
    noResult:
      'このページには、Sectigo から戻ったときに注文の結果が表示されます。現在のアドレスには結果が含まれていません。',
    decodeHint: 'Sectigo からのその他の応答を読むには、次の画面に貼り付けてください：',
    decodeLink: '応答のデコード',
    placed: 'ご注文は完了しました',
    notPlaced: 'ご注文は完了していません',
    unreadable: 'この結果を読み取れませんでした',
    unreadableBody:
      'このページを開いたリンクには、このページが認識できる結果が含まれていません。注文した直後の場合は、メールを確認するか、販売者にお問い合わせください。',
    orderNumber: '注文番号',
    orderNumberCopy: '注文番号',
    oddOrderNumber:
      'リンクに含まれる注文番号が想定外の形式のため（注文番号は数字のみです）、注文番号としては表示していません。',
    unknownCode: (code: string) =>
      `リンクに、このページが認識できないエラーコード（${code}）が含まれています。ご注文はおそらく完了していません。`,
    meaning: 'このコードの意味',
    linkText: 'リンクに含まれていたテキスト（未確認）',
    fieldUnknown: 'リンクに、このページが認識できない項目が含まれています。',
    field: (label: string) => `該当する項目：${label}。`,
    cleared:
      '結果はアドレスバーから削除されたため、このページを再読み込みしたり共有したりしても、結果が繰り返されることはありません。ページを閉じるまでは、ここに表示されたままです。',
    everything: 'リンクに含まれるすべての内容',
    openInDecode: '「応答のデコード」画面で開く',
    codes: {
      '-1': 'ご注文は安全な接続で Sectigo に届きませんでした。',
      '-2': 'ご注文に、Sectigo が受け付けない内容が含まれていました。',
      '-3': 'Sectigo が必要とする情報の一部が、ご注文に含まれていませんでした。',
      '-4': 'ご注文の情報の一部が受け付けられませんでした。',
      '-13': 'お客様の鍵のサイズは Sectigo では受け付けられません。',
      '-14': 'ご注文の処理中に Sectigo で予期しない問題が発生しました。',
      '-16':
        'Sectigo にサインインできませんでした。アカウント名またはパスワードが間違っているか、アカウントがロックされているか、パスワードの有効期限が切れています。',
      '-38': 'アカウントに、Sectigo が先に確認する必要のある情報が不足しています。',
      '-39': 'ご注文に証明書が含まれていませんでした。',
      '-44': 'Sectigo はお客様の鍵を受け付けませんでした。',
      '-62': '組織名が入力されていません。',
      '-65': 'この証明書は現在、このアカウントでは注文できません。',
      '-70': 'メールアドレスが受け付けられませんでした。',
      '-83': 'ご注文に、この注文には該当しない項目が含まれていました。',
      '-91': 'このアカウントには、この注文を行う権限がありません。',
      '-97': 'セッションの有効期限が切れました。',
    },
    advice: {
      '-3': 'すべての項目が入力されていることを確認して、もう一度お試しください。',
      '-4': '入力内容を確認して、もう一度お試しください。',
      '-13': '新しい鍵を作成して、もう一度お試しください。',
      '-14': '数分待ってから、もう一度お試しください。',
      '-16':
        'アカウント名とパスワードを確認して、もう一度お試しください。初めての場合は「初めて利用します」を選択してください。アカウントがロックされている場合は、お問い合わせください。',
      '-44': '新しい鍵を作成して、もう一度お試しください。',
      '-62': '組織名を入力して、もう一度お試しください。',
      '-70': 'メールアドレスを確認して、もう一度お試しください。',
      '-97': 'もう一度お試しください。',
    },
    adviceDefault:
      'もう一度お試しください。再び同じことが起きた場合は、以下の注文の詳細を添えてお問い合わせください。',
  },
  collect: {
    title: '証明書の受け取り',
    intro:
      'Sectigo が証明書を発行したら、ここで受け取り、保存した秘密鍵と合わせて、メールソフトに取り込めるファイルにします。',
    steps: {
      ask: 'Sectigo に要求',
      answer: '応答の取り込み',
      key: 'お客様の鍵',
      file: '証明書ファイル',
      install: 'インストール',
    },
    ask: {
      legend: 'どの方法で受け取りますか？',
      withAccount: '注文番号と Sectigo アカウントで受け取る',
      withCode: '受け取りコードで受け取る',
      open: 'Sectigo に証明書を要求する',
      opened:
        'Sectigo の応答が新しいタブで開きました。短いテキストなので、すべて選択して（Ctrl+A または ⌘A）コピーし、下に貼り付けてください。または、ページを保存して（Ctrl+S または ⌘S）、そのファイルを下にドロップしてください。',
      haveAnswer: 'Sectigo の応答がすでに手元にあります',
    },
    answer: {
      label: 'Sectigo の応答',
      help: 'テキスト全体を貼り付けるか、保存したファイルをドロップしてください。応答は、数字だけが書かれた行で始まります。',
      choose: '保存したファイルを選択…',
      empty: '先に Sectigo の応答を貼り付けてください。',
      notAnswer:
        'これは受け取り要求に対する Sectigo の応答ではないようです。Sectigo が開いたタブのテキスト全体を貼り付けてください。',
      // Japanese has only the plural category "other"; the English "one" form
      // means "your certificate alone", so that case is kept by the count itself.
      ready: (count: number) =>
        count === 1
          ? '証明書が届きました。'
          : plural(count, {
              other:
                '証明書が届きました。証明書は全部で # 件です（お客様のものと Sectigo のもの）。',
            }),
      pending:
        'Sectigo は要求を受け付けましたが、証明書はまだ準備できていません。しばらくしてから、もう一度お試しください。',
      available:
        '証明書の準備はできていますが、応答に証明書が含まれていません。証明書そのものを要求する、このページのボタンでもう一度要求してください。',
      for: (email: string) => `発行先：${email}`,
      validUntil: (date: string) => `${date}まで有効`,
      codes: {
        '-154':
          'メールアドレスの確認がまだ完了していません。Sectigo からのメールを開いてリンクをクリックしてから、もう一度要求してください。',
        '-16':
          'Sectigo にサインインできませんでした。アカウント名とパスワードを確認して、もう一度要求してください。',
        '-22':
          'ご注文はまだ支払いまたは承認を待っています。しばらくしてから、もう一度要求してください。',
        '-20': 'Sectigo は証明書の要求を却下しました。お問い合わせください。',
        '-21': 'この証明書は失効しています。お問い合わせください。',
        '-3': '要求に不足している情報がありました。注文番号（または受け取りコード）を確認して、もう一度要求してください。',
        '-4': '要求の内容の一部が受け付けられませんでした。注文番号（または受け取りコード）を確認して、もう一度要求してください。',
        '-14': 'Sectigo で予期しない問題が発生しました。数分待ってから、もう一度要求してください。',
      },
      otherError: (code: string) =>
        `Sectigo からエラー ${code} が返されました。詳細を確認してもう一度要求するか、お問い合わせください。`,
    },
    key: {
      legend: '保存した秘密鍵',
      fromSession: '今回このページで作成した鍵を使う',
      fromFile: '保存した鍵ファイルを使う',
      label: '秘密鍵ファイル',
      help: 'ご注文時に保存した .key ファイル。このページの中でのみ読み込まれ、どこにも送信されません。',
      choose: '鍵ファイルを選択…',
      passphrase: '鍵のパスフレーズ',
      passphraseHelp:
        '鍵ファイルはパスフレーズで保護されています。パスフレーズを入力してください。',
      check: '鍵を確認する',
      matches: '鍵と証明書は対応しています。',
      mismatch:
        'この鍵はこの証明書に対応していません。このご注文のときに保存した鍵ファイルを使用してください。',
      empty: '先に秘密鍵ファイルを追加してください。',
      needsPassphrase: '鍵ファイルのパスフレーズを入力してください。',
      wrongPassphrase: 'この鍵ファイルのパスフレーズが正しくありません。もう一度お試しください。',
      unreadable:
        'このファイルは、このページで読み込める秘密鍵ではありません。保存した .key ファイルを選択してください。',
    },
    file: {
      legend: 'ファイルをパスワードで保護する',
      help: 'このパスワードは、ファイルを取り込むときにメールソフトから一度だけ求められます。',
      password: 'ファイルの新しいパスワード',
      confirm: 'パスワード（確認）',
      differ: '2 つのパスワードが一致しません。',
      tooShort: (min: number) => `${formatNumber(min)} 文字以上にしてください。`,
      legacy: '古いシステム用に作成する（Windows 7 / 8.1、古い macOS）',
      legacyHelp:
        'これらのシステムで必要な、古くて弱い暗号化を使用します。そのシステムで取り込みに失敗した場合以外は、オフのままにしてください。',
      build: '証明書ファイルを作成する',
      building: 'ファイルを作成しています…',
      ready: '証明書ファイルの準備ができました。',
      download: (name: string) => `${name} をダウンロード`,
      failed: 'ファイルを作成できませんでした。上の手順を確認して、もう一度お試しください。',
    },
    install: {
      title: 'メールソフトにインストールする',
      intro: 'ダウンロードしたファイルをメールソフトで開き、設定したパスワードを入力してください。',
      outlook: {
        name: 'Outlook（Windows）',
        steps: [
          '.p12 ファイルをダブルクリックして、インポート ウィザードの指示に従ってください。求められたらパスワードを入力します。',
          'Outlook で：［ファイル］›［オプション］›［トラスト センター］›［トラスト センターの設定］›［メールのセキュリティ］を開きます。',
          '［暗号化されたメール］の［設定］を選び、新しい証明書を選択して［OK］を押してください。',
        ],
      },
      appleMail: {
        name: 'Apple Mail（Mac）',
        steps: [
          '.p12 ファイルをダブルクリックすると、キーチェーンアクセスが開きます。「ログイン」キーチェーンに追加し、パスワードを入力してください。',
          'メールを終了して、もう一度開いてください。このアドレスからメッセージを作成すると、署名と暗号化のボタンが表示されます。',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          '［設定］›［プライバシーとセキュリティ］›［証明書］›［証明書を管理］›［あなたの証明書］›［インポート］の順に進み、.p12 ファイルを選択してパスワードを入力してください。',
          '［アカウント設定］›［エンドツーエンド暗号化］›［S/MIME］で、署名用と暗号化用の証明書を選択してください。',
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

export default ja;
