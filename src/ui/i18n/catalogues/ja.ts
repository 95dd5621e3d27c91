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
    unknownCode:
      'リンクに、このページが認識できないエラーコードが含まれています。ご注文はおそらく完了していません。',
    meaning: 'このコードの意味',
    linkText: 'リンクに含まれていたテキスト（未確認）',
    fieldUnknown: 'リンクに、このページが認識できない項目が含まれています。',
    field: (label: string) => `該当する項目：${label}。`,
    cleared:
      '結果はアドレスバーから削除されたため、このページを再読み込みしたり共有したりしても、結果が繰り返されることはありません。ページを閉じるまでは、ここに表示されたままです。',
    everything: 'リンクに含まれるすべての内容',
    detailsFailed:
      '技術的な詳細を読み込めませんでした。いったん閉じてから開き直すと、もう一度読み込みます。',
    toOrderingPage: '注文ページへ',
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
        'Sectigo の応答が新しいタブで開きました。短いテキストなので、すべて選択してコピーし、このタブに戻って下に貼り付けてください。スマートフォンでは、テキストを長押しして［すべてを選択］と［コピー］を選びます。パソコンでは Ctrl+A、続いて Ctrl+C を押します（Mac では ⌘A と ⌘C）。または、そのページを保存して、下でファイルを選択してください。',
      haveAnswer: 'Sectigo の応答がすでに手元にあります',
    },
    answer: {
      label: 'Sectigo の応答',
      help: 'テキスト全体を貼り付けるか、保存したファイルを選択してください。応答は、数字だけが書かれた行で始まります。',
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
        `応答にはエラー ${code} が含まれていますが、このページでは説明できません。Sectigo からの応答全体をコピーしたか確認してもう一度要求するか、この番号を添えてお問い合わせください。`,
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
      iphone: {
        name: 'iPhone と iPad の「メール」',
        steps: [
          '.p12 ファイルを「ファイル」に保存してタップします。次に［設定］を開き、上部の［プロファイルがダウンロードされました］をタップして［インストール］を選び、デバイスのパスコードとパスワードを入力してください。',
          '［設定］›［メール］›［アカウント］（iOS 18 では［設定］›［アプリ］›［メール］›［メールアカウント］）› お使いのアカウント ›［アカウント］›［詳細］で［署名］と［デフォルトで暗号化］をオンにし、両方にこの証明書を選択してください。',
        ],
      },
    },
  },
  generate: {
    title: '鍵とCSRの生成',
    lead: '鍵ペアはこのページ内で、ブラウザー自身が作成します。秘密鍵はどこにも送信されません。復元できないため、注文の前に必ず保存してください。',
    mode: {
      legend: '鍵',
      new: '新しい鍵を作成する',
      existing: '既存の鍵を使う(鍵を変えない更新)',
    },
    presets: {
      legend: '証明書の種類',
      dv: {
        label: 'ウェブサイト、ドメイン認証(DV)',
        description: 'ドメイン名を管理していることだけを証明します。要求に必要なのは名前だけです。',
      },
      'ov-ev': {
        label: 'ウェブサイト、組織認証またはEV認証(OV/EV)',
        description:
          '証明書に組織名が記載されます。登記どおりの正式名称と所在地を入力してください。',
      },
      'smime-mailbox': {
        label: 'メール(S/MIME)、メールボックス認証',
        description:
          '1つのアドレスのメールに署名し暗号化します。要求に必要なのはアドレスだけです。',
      },
      'smime-organization': {
        label: 'メール(S/MIME)、組織認証',
        description: '組織名も記載されるメール証明書です。組織の正式名称と所在地が必要です。',
      },
    },
    names: {
      legend: '証明書に記載する名前',
      emailLabel: 'メールアドレス',
      emailHelp: '証明書の対象となるメールボックス。',
      domainsLabel: 'ドメイン名',
      domainsHelp:
        '1行に1つ(またはカンマ区切り)。最初の名前が証明書の主な名前になります。ワイルドカードは *.example.com と入力します。',
      domain: (position: number) => `ドメイン名 ${formatNumber(position)}`,
      ipAddress: (position: number) => `IPアドレス ${formatNumber(position)}`,
    },
    organization: {
      legend: '組織',
      fields: {
        countryName: '国',
        stateOrProvinceName: '都道府県・州',
        localityName: '市区町村',
        streetAddress: '番地',
        postalCode: '郵便番号',
        postOfficeBox: '私書箱',
        organizationName: '組織名',
        organizationalUnitName: '部署名',
        commonName: '主な名前',
        emailAddress: 'メールアドレス',
      },
      streetLine: (line: number) => `住所 ${formatNumber(line)} 行目`,
      perLine: (max: number) => `1行あたり ${formatNumber(max)} 文字以内。`,
      countryHelp: '組織が登記されている国。',
      countryNone: '— なし —',
    },
    algorithms: {
      legend: '鍵のアルゴリズム',
      recommended: 'おすすめ',
      notes: {
        'RSA-2048': 'あらゆるサーバーとメールソフトで使えます。メール証明書には安心な選択です。',
        'RSA-3072': 'より強いRSA。作成と利用が少し遅くなります。広く対応しています。',
        'RSA-4096': '強いRSA。作成に数秒かかり、接続の開始が少し遅くなります。',
        'RSA-8192':
          'Sectigoが受け付ける最大のサイズ。作成に1分ほどかかることがあり、あまり必要ありません。',
        'P-256': '新しく、小さく、高速。RSA 3072と同等の強さ。ウェブサイトにおすすめです。',
        'P-384': 'より強い楕円曲線。少し遅くなります。広く対応しています。',
        'P-521': 'Sectigoが受け付ける最も強い曲線。古いソフトでは使えないことがあります。',
      },
    },
    existing: {
      legend: 'お使いの秘密鍵',
      help: '現在お使いの秘密鍵ファイルを貼り付けるか、ここにドロップしてください(PEM形式。パスフレーズで保護された鍵も使えます)。鍵はこのページのメモリーにだけ置かれます。',
      choose: '鍵ファイルを選択…',
      passphrase: 'パスフレーズ(保護された鍵の場合のみ)',
      problems: {
        empty: '秘密鍵を貼り付けるか、そのファイルをここにドロップしてください。',
        needsPassphrase: 'この鍵はパスフレーズで保護されています。パスフレーズを入力してください。',
        wrongPassphrase: 'パスフレーズが違うため、この鍵を開けません。もう一度お試しください。',
        unsupported: 'この種類の鍵はここでは使えません。新しい鍵を作成してください。',
        unreadable:
          'このページで読める秘密鍵ではありません。鍵ファイル全体を貼り付けたか確認してください。',
      },
      ownKey: (algorithm: string) => `${algorithm}(お使いの鍵)`,
    },
    actions: {
      generate: '鍵とCSRを生成',
      makeCsr: 'CSRを作成',
      cancel: 'キャンセル',
    },
    progress: {
      making: (algorithm: string) => `${algorithm} の鍵とCSRを作成中`,
      reading: '鍵を読み込んでCSRを作成中',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: '確認が必要な項目があります。各項目の横のメッセージをご覧ください。',
      cancelled: 'キャンセルしました。鍵は残っていません。',
      failed:
        'CSRを作成できませんでした。もう一度お試しください。再度失敗する場合は別の鍵のアルゴリズムを選んでください。',
      keyLoss:
        '先ほど作成した秘密鍵はまだ保存されていません。新しいCSRを作るとその鍵は置き換えられ、復元できません。続けますか?',
    },
    problems: {
      domainsRequired: 'ドメイン名を1つ以上入力してください。',
      emailRequired: 'メールアドレスを入力してください。',
      oneEmail: 'メールアドレスは証明書1枚につき1つだけ入力してください。',
      required: (field: string) => `この種類の証明書では「${field}」が必須です。`,
      oneOf: (fields: string) => `少なくとも1つを入力してください: ${fields}。`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { other: '# 行以内にしてください' })}。`,
        tooLong: (field: string, max: number, length: number) =>
          `${field}が長すぎます。${formatNumber(max)} 文字以内にしてください(現在 ${formatNumber(length)} 文字)。`,
        controlCharacter: (field: string) =>
          `${field}に改行、タブなどの見えない文字が含まれています。削除してください。`,
        countryCode: (field: string) => `${field}: 一覧から国を選んでください。`,
        printableOnly: (field: string) =>
          `${field}に使えるのは半角英字 A–Z、数字、スペース、' ( ) + , - . / : = ? だけです。`,
        asciiOnly: (field: string) =>
          `${field}に使えるのは、アクセントのない半角英字 A–Z、数字、記号だけです。`,
      },
      names: {
        empty: (field: string) => `${field}が空です。`,
        invalid: (field: string, value: string) =>
          `${field}「${value}」は有効なドメイン名ではありません。`,
        tooLong: (field: string, value: string) =>
          `${field}「${value}」はドメイン名としては長すぎます。`,
        singleLabel: (field: string, value: string) =>
          `${field}「${value}」には、example.com のように2つ以上の部分が必要です。`,
        badLabel: (field: string, value: string, label: string) =>
          `${field}に無効な部分「${label}」があります(「${value}」内)。使えるのは英字・数字・ハイフンだけで、1つの部分は63文字以内、先頭と末尾にハイフンは使えません。`,
        wildcardPosition: (field: string, value: string) =>
          `${field}「${value}」: ワイルドカード(*)は *.example.com のように最初の部分全体にだけ使えます。`,
        wildcardBare: (field: string, value: string) =>
          `${field}「${value}」: ワイルドカードの後には *.example.com のように登録済みのドメインが必要です。`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field}「${value}」は内部名(${suffix} で終わる名前)です。公開証明書は登録済みのドメイン名にしか発行されません。`,
        notIp: (field: string, value: string) =>
          `${field}「${value}」はIPアドレス(IPv4またはIPv6)ではありません。`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} はプライベートまたは予約済みのアドレスです。公開証明書には含められません。`,
        notEmail: (field: string, value: string) =>
          `${field}「${value}」は name@example.com のようなメールアドレスではありません。`,
        emailDomain: (field: string, value: string) =>
          `${field}「${value}」は有効なドメイン名で終わっていません。`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `「${value}」はウェブアドレスのようです。証明書に入るのはドメイン名 ${host} だけです。`,
      punycode: (value: string, ascii: string) => `${value} は証明書では ${ascii} と表記されます。`,
      ipAddress: (value: string) =>
        `${value} はIPアドレスです。証明書にはIPアドレスとして入ります。`,
    },
    openssl: {
      summary: '鍵をご自分で作成したい場合は? openssl で同じことができます',
      label: 'openssl req コマンド',
    },
    result: {
      titleWithKey: 'CSRと秘密鍵',
      title: 'CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}、このブラウザーで ${formatSeconds(seconds, 2)} で作成しました。`,
      unsaved:
        '秘密鍵はこのページにしかありません。注文やページを離れる前にダウンロード(または安全な場所にコピー)してください。復元はできず、秘密鍵がなければ証明書は使えません。',
      saved: '鍵を保存しました。他人に渡さないでください。証明書と一緒にインストールします。',
      csr: '証明書署名要求(CSR)',
      downloadCsr: 'CSRをダウンロード(.csr)',
      next: '次に、このCSRで証明書を注文してください。発行されたら、秘密鍵と一緒にインストールします。',
      inspect: 'このCSRを確認',
      order: '注文に使う',
      keyTitle: '秘密鍵',
      downloadKey: '秘密鍵をダウンロード(.key)',
      showKey: '秘密鍵を表示',
      hideKey: '秘密鍵を隠す',
      savedCheck: '秘密鍵を保存しました',
      keyBlock: '秘密鍵(PKCS#8、暗号化なし)',
      encrypt: {
        summary: 'パスフレーズで暗号化して保存する(おすすめ)',
        help: (rounds: number) =>
          `鍵は AES-256 と、パスフレーズから導出した鍵で暗号化されます(PBKDF2-HMAC-SHA256、${formatNumber(rounds)} 回)。openssl、nginx、Apache、Windows で読み込めます。パスフレーズは鍵と同じく大切に保管してください。`,
        passphrase: 'パスフレーズ',
        passphraseHelp: (min: number) => `${formatNumber(min)} 文字以上。`,
        tooShort: (min: number) =>
          `パスフレーズが短すぎます。${formatNumber(min)} 文字以上にしてください(関係のない単語をいくつか並べるのがおすすめです)。`,
        again: 'パスフレーズ(確認)',
        differ: '2つのパスフレーズが一致しません。',
        button: '鍵を暗号化',
        busy: '暗号化中…',
        download: '暗号化した鍵をダウンロード(.key)',
        failed: '鍵を暗号化できませんでした。もう一度お試しください。',
      },
    },
  },
};

export default ja;
