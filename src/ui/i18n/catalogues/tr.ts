/**
 * Türkçe (tr): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('tr');

const tr: Messages = {
  app: {
    skipToContent: 'İçeriğe geç',
    navigation: 'Sayfalar',
    views: {
      shop: 'Sertifika sipariş et',
      result: 'Sipariş sonucu',
      generate: 'Anahtar ve CSR oluştur',
    },
    loading: 'Yükleniyor…',
    loadFailed: 'Bu sayfa yüklenemedi. Tekrar denemek için sayfayı yenileyin.',
    insecure:
      'Bu sayfa şifresiz http üzerinden açıldığı için tarayıcınız anahtar oluşturmasına veya sertifika denetlemesine izin vermiyor. Her şeyi kullanmak için sayfayı https:// ile açın.',
    privacy:
      'Tamamen tarayıcınızda çalışır. Yazdığınız hiçbir şey, hiçbir anahtar ve hiçbir parola bu sayfadan çıkmaz; yalnızca Sectigo’ya göndermeyi seçtiğiniz sipariş gönderilir.',
  },
  common: {
    language: 'Dil',
    continue: 'Devam',
    back: 'Geri',
    required: 'zorunlu',
    technicalDetails: 'Teknik ayrıntılar (destek için)',
    technicalDetailsHelp:
      'Sayfanın gönderdikleri veya aldıkları, Sectigo arayüzünün kullandığı adlarla. Destek ekibi istemedikçe buna ihtiyacınız yoktur.',
    tooLong: (label: string, max: number) =>
      `${label}: en fazla ${formatNumber(max)} karakter kullanın.`,
    atMost: (max: number) => `En fazla ${formatNumber(max)} karakter.`,
    invalid: (label: string) => `${label}: bu değer kabul edilmiyor. Kontrol edip yeniden deneyin.`,
    invalidCharacters: (label: string) =>
      `${label}: görünmeyen veya bozuk karakterleri kaldırın (düz metin olarak yapıştırın).`,
    chooseOption: '— seçin —',
    support: {
      title: 'Yardıma mı ihtiyacınız var?',
      email: 'E-posta',
      phone: 'Telefon',
      pages: 'Yardım sayfaları',
    },
    keyLoss: {
      confirm:
        'Özel anahtarınız henüz kaydedilmedi. Devam ederseniz anahtar kalıcı olarak kaybolur ve onunla sipariş edilen sertifika kullanılamaz. Yine de devam edilsin mi?',
    },
    chooseFile: 'Dosya seçin…',
    files: {
      dropHere: 'veya buraya bir dosya bırakın',
      clear: 'Temizle',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} ${formatNumber(mebibytes)} MiB; ${formatNumber(max)} MiB üzerindeki dosyalar okunmaz.`,
    },
    copy: {
      button: 'Kopyala',
      copied: 'Kopyalandı',
      failed: 'Kopyalanamadı',
      label: (what: string) => `${what} kopyala`,
      done: (what: string) => `${what} kopyalandı`,
      couldNot: 'Kopyalanamadı',
    },
    download: (filename: string) => `${filename} dosyasını indir`,
  },
  params: {
    foreName: {
      label: 'Ad',
      help: 'Sertifikanızda görünmesini istediğiniz şekilde.',
      required: 'Adınızı (veya soyadınızı) girin.',
    },
    surName: {
      label: 'Soyadı',
      required: 'Soyadınızı (veya adınızı) girin.',
    },
    emailAddress: {
      label: 'E-posta adresiniz',
      help: 'Sertifika bu posta kutusu için düzenlenir. Sectigo bu adrese bir doğrulama bağlantısı gönderir.',
      required: 'E-posta adresinizi girin.',
      invalid: 'E-posta adresinizi ad@example.com biçiminde girin.',
    },
    telephoneNumber: {
      label: 'Telefon numarası',
      help: 'İsteğe bağlı. Yalnızca Sectigo’nun bu siparişle ilgili size ulaşması gerekirse kullanılır.',
      required: 'Telefon numaranızı girin.',
    },
    organizationName: {
      label: 'Kuruluş adı',
      help: 'Resmî sicilde kayıtlı olduğu şekliyle tam yasal unvan.',
      required: 'Kuruluşunuzun kayıtlı unvanını girin.',
    },
    streetAddress1: {
      label: 'Sokak adresi',
      help: 'Kuruluşun kayıtlı adresi.',
      required: 'Kuruluşunuzun sokak adresini girin.',
    },
    streetAddress2: {
      label: 'Adres satırı 2',
      help: 'İsteğe bağlı.',
      required: 'İkinci adres satırını girin.',
    },
    localityName: {
      label: 'İlçe veya şehir',
      help: 'İlçe veya şehri ya da ili veya bölgeyi girin (en az birini).',
      required: 'İlçe veya şehri (ya da ili veya bölgeyi) girin.',
    },
    stateOrProvinceName: {
      label: 'İl veya bölge',
      required: 'İli veya bölgeyi (ya da ilçe veya şehri) girin.',
    },
    postalCode: {
      label: 'Posta kodu',
      required: 'Posta kodunu girin.',
    },
    countryName: {
      label: 'Ülke',
      required: 'Kuruluşunuzun ülkesini seçin.',
      invalid: 'Ülkeyi listeden seçin.',
    },
    organizationIdentifier: {
      label: 'Kuruluş tanımlayıcısı',
      help: 'Kuruluşunuzun kayıtlı olduğu numara (örneğin ticaret sicil numarası veya vergi numarası).',
      required: 'Kuruluşunuzun sicil numarasını girin.',
    },
    loginName: {
      label: 'Hesap adı',
      help: 'Sectigo hesap adınız (büyük/küçük harfe duyarlı). Sertifikayı daha sonra teslim almak için kullanırsınız.',
      required: 'Hesap adınızı girin.',
    },
    loginPassword: {
      label: 'Hesap parolası',
      help: 'Büyük/küçük harfe duyarlı. Siparişinizle birlikte yalnızca Sectigo’ya gönderilir; bu sayfa onu asla saklamaz.',
      required: 'Hesap parolanızı girin.',
    },
    orderNumber: {
      label: 'Sipariş numarası',
      help: 'Siparişi verdiğinizde gösterilen numara (yalnızca rakam).',
      required: 'Sipariş numaranızı girin veya bunun yerine bir teslim alma kodu kullanın.',
      invalid: 'Sipariş numarası yalnızca rakamlardan oluşur, örneğin 8151164.',
    },
    collectionCode: {
      label: 'Teslim alma kodu',
      help: 'Bir teslim alma kodu aldıysanız, hesap adınız ve parolanız olmadan yalnızca bu kodu kullanabilirsiniz.',
      required: 'Teslim alma kodunuzu girin.',
    },
  },
  shop: {
    defaultTitle: 'E-posta sertifikası sipariş edin',
    needsConfig: 'Bu sayfanın sipariş alabilmesi için bayiden bir config.json gerekir.',
    steps: {
      label: 'Adımlar',
      product: 'Sertifika',
      details: 'Bilgileriniz',
      key: 'Anahtarınız',
      review: 'Kontrol ve sipariş',
    },
    start: {
      collectLink: 'Sipariş ettiğiniz sertifikayı teslim alın',
      collectHint:
        'Zaten sipariş verdiniz mi? Sertifikanızı teslim alın ve e-posta programınız için dosyayı oluşturun.',
    },
    product: {
      legend: 'Sertifikanızı seçin',
      groupLabel: 'Sertifika',
      names: {
        mailbox: 'E-posta sertifikası',
        organization: 'Kuruluşunuzun adını taşıyan e-posta sertifikası',
      },
      blurbs: {
        mailbox:
          'E-postalarınızı imzalar ve şifreler. Sectigo, posta kutusuna bir bağlantı göndererek kutunun size ait olduğunu doğrular.',
        organization:
          'E-postaları imzalar, şifreler ve kuruluşunuzun adını gösterir. Sectigo kuruluşunuzu da doğruladığı için kayıtlı unvanı ve adresi gerekir.',
      },
      years: (years: number) => plural(years, { other: '# yıl' }),
      price: (price: string) => `Fiyat: ${price}`,
      choose: 'Devam etmek için bir sertifika seçin.',
    },
    details: {
      aboutYou: 'Hakkınızda',
      organization: 'Kuruluşunuz',
      account: 'Sectigo hesabınız',
      accountHelp:
        'Sectigo sertifikanızı bir hesapta saklar. Sertifikayı daha sonra teslim almak için hesabın adına ve parolasına ihtiyacınız olur.',
      newAccount: 'Yeniyim: bu ad ve parolayla hesabımı oluşturun',
      existingAccount: 'Zaten bir hesabım var',
      confirmPassword: 'Parola (tekrar)',
      confirmPasswordHelp: 'Aynı parolayı bir kez daha yazın.',
      passwordsDiffer: 'İki parola birbirinden farklı. Aynı parolayı iki kez yazın.',
      retypePassword:
        'Güvenliğiniz için bu sayfa, gönderdikten sonra parolanızı unuttu. Lütfen yeniden girin.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Aşağıda ilgilenmeniz gereken bir konu var.',
          other: 'Aşağıda ilgilenmeniz gereken # konu var.',
        }),
    },
    key: {
      legend: 'Özel anahtarınız',
      intro: (email: string) =>
        `Sertifikanız için bir anahtar çifti gerekir. Bu çift şimdi, bu tarayıcıda, ${email} adresi için oluşturulur. Sectigo’ya yalnızca açık yarısı gider; özel anahtar sizde kalır.`,
      saveFirst:
        'Sipariş vermeden önce kaydedin: sertifikayı yüklemek için ona ihtiyacınız var ve kimse onu kurtaramaz.',
      make: 'Anahtarımı oluştur',
      making: 'Anahtarınız oluşturuluyor…',
      ready: 'Anahtarınız hazır.',
      download: 'Özel anahtarımı indir (.key)',
      confirmSaved: 'Özel anahtarımı kaydettim',
      mustSave: 'Devam etmeden önce özel anahtarınızı indirin (veya kaydettiğinizi onaylayın).',
      makeFirst: 'Önce anahtarınızı oluşturun.',
      failed: 'Anahtarınız bu tarayıcıda oluşturulamadı. Sayfayı yeniden yükleyip tekrar deneyin.',
      keptFromBefore:
        'Öncekiyle aynı anahtarı kullanıyorsunuz. Kaydettiğiniz anahtar dosyası hâlâ bu siparişe ait.',
      makeNew: 'Bunun yerine yeni bir anahtar oluştur',
      makeNewHelp: 'Yalnızca anahtar dosyasını kaybettiyseniz. Eski dosya yeni siparişle çalışmaz.',
    },
    review: {
      title: 'Siparişinizi kontrol edin',
      intro: 'Lütfen siparişinizi kontrol edin. Özel anahtarınız gönderilmez: sizde kalır.',
      certificate: 'Sertifika',
      validity: 'Geçerlilik süresi',
      price: 'Fiyat',
      mailbox: 'Posta kutusu',
      name: 'Ad',
      organization: 'Kuruluş',
      address: 'Adres',
      identifier: 'Kuruluş tanımlayıcısı',
      account: 'Sectigo hesabı',
      accountNew: (name: string) => `${name} (yeni hesap)`,
      accountExisting: (name: string) => `${name} (mevcut hesap)`,
      whatHappens: '“Sipariş ver” düğmesine bastığınızda',
      happens: [
        'Sectigo’nun güvenli sayfası siparişinizle birlikte yeni bir sekmede açılır. Bu sekme açık kalır; böylece bir sorun çıkarsa yazdığınız hiçbir şey kaybolmaz.',
        'Sectigo posta kutunuza bir doğrulama bağlantısı gönderir.',
      ],
      resellerApproves: (brand: string) =>
        `Sectigo sertifikayı düzenlemeden önce ${brand} siparişi onaylar.`,
      placeOrder: 'Sipariş ver',
      fixFirst: 'Sipariş vermeden önce bunları düzeltin:',
      edit: 'Değiştir',
      sentParams: 'Sectigo’ya gönderilenler',
      csrSummary: (characters: number) =>
        `açık anahtarınızı içeren sertifika isteği (${formatNumber(characters)} karakter)`,
      passwordHidden: '(gizli)',
    },
    waiting: {
      title: 'Siparişiniz Sectigo’da',
      body: 'Sectigo’nun sayfası yeni bir sekmede açıldı. Sectigo yanıt verdiğinde sonuç o sekmede ve burada görünür.',
      noTab:
        'Yeni sekme açılmadı mı? Tarayıcınız engellemiş olabilir: bu sayfa için açılır pencerelere izin verin, ardından “Sipariş ver” düğmesine yeniden basın.',
      again: 'Yeniden sipariş ver',
    },
    error: {
      title: 'Siparişiniz verilemedi',
      whatToDo: 'Neler yapabilirsiniz',
      tryAgain: 'Yeniden dene',
      tryAgainHelp:
        'Yazdığınız her şey ve anahtarınız hâlâ burada. Güvenliğiniz için parolanızı yeniden girmeniz gerekir.',
      contactSupport: 'Yine olursa bize ulaşın:',
    },
    success: {
      title: 'Teşekkürler: siparişiniz verildi',
      orderNumber: 'Sipariş numaranız',
      keepIt: 'Bu numarayı saklayın: sertifikanızı teslim almak için gerekir.',
      next: 'Bundan sonra ne olacak',
      steps: {
        verify: (email: string) =>
          `Sectigo, ${email} adresine bir e-posta gönderir. E-postayı açın ve posta kutusunun size ait olduğunu onaylamak için bağlantıyı izleyin.`,
        organization:
          'Sectigo kuruluşunuzun adını ve adresini doğrular. Bu birkaç iş günü sürebilir.',
        approve: (brand: string) => `${brand} siparişinizi onaylar.`,
        issued:
          'Sertifika hazır olduğunda Sectigo size e-posta gönderir. O zaman bu sayfaya dönüp sertifikayı teslim alın.',
      },
      collectNow: 'Sertifikamı teslim al',
      keepKey:
        'Kaydettiğiniz özel anahtar dosyasını saklayın: sertifikayı yüklemek için ona ihtiyacınız var.',
    },
    resultTab: {
      otherTab:
        'Sipariş sayfanız geldiğiniz sekmede hâlâ açık: bu sonuç oraya iletildi ve yazdığınız her şey orada.',
      close: 'Bu sekmeyi kapat',
    },
  },
  result: {
    title: 'Sipariş sonucu',
    noResult:
      'Bu sayfa, Sectigo’dan döndüğünüzde bir siparişin sonucunu gösterir. Adreste şu anda bir sonuç yok.',
    decodeHint: 'Sectigo’dan gelen başka bir yanıtı okumak için şuraya yapıştırın:',
    decodeLink: 'Yanıtı çöz',
    placed: 'Sipariş verildi',
    notPlaced: 'Sipariş verilemedi',
    unreadable: 'Bu sonuç okunamadı',
    unreadableBody:
      'Bu sayfayı açan bağlantı, sayfanın tanıdığı bir sonuç içermiyor. Az önce sipariş verdiyseniz e-postanızı kontrol edin veya satıcıya başvurun.',
    orderNumber: 'Sipariş numarası',
    orderNumberCopy: 'sipariş numarası',
    oddOrderNumber:
      'Bağlantıdaki sipariş numarası beklenmeyen bir biçimde (sipariş numarası yalnızca rakamlardan oluşur), bu yüzden sipariş numarası olarak gösterilmiyor.',
    unknownCode:
      'Bağlantı, bu sayfanın tanımadığı bir hata kodu veriyor. Sipariş büyük olasılıkla verilmedi.',
    meaning: 'Bu kodun anlamı',
    linkText: 'Bağlantıdan alınan metin, doğrulanmadı',
    fieldUnknown: 'Bağlantı, bu sayfanın tanımadığı bir alanı belirtiyor.',
    field: (label: string) => `İlgili alan: ${label}.`,
    cleared:
      'Sonuç adres çubuğundan kaldırıldı; böylece bu sayfayı yeniden yüklemek veya paylaşmak onu tekrarlamaz. Sayfayı kapatana kadar burada kalır.',
    everything: 'Bağlantıdaki her şey',
    detailsFailed: 'Teknik ayrıntılar yüklenemedi. Yeniden denemek için kapatıp tekrar açın.',
    toOrderingPage: 'Sipariş sayfasına git',
    openInDecode: '“Yanıtı çöz” görünümünde aç',
    codes: {
      '-1': 'Sipariş Sectigo’ya güvenli bir bağlantı üzerinden ulaşmadı.',
      '-2': 'Sipariş, Sectigo’nun kabul etmediği bir şey içeriyordu.',
      '-3': 'Sectigo’nun ihtiyaç duyduğu bazı bilgiler siparişte eksikti.',
      '-4': 'Siparişteki bazı bilgiler kabul edilmedi.',
      '-13': 'Anahtarınızın boyutu Sectigo tarafından kabul edilmiyor.',
      '-14': 'Sectigo siparişle ilgili beklenmeyen bir sorun yaşadı.',
      '-16':
        'Sectigo oturumunuzu açamadı: hesap adı veya parola yanlış ya da hesap kilitli veya parolasının süresi dolmuş.',
      '-38': 'Hesapta, Sectigo’nun önce doğrulaması gereken bilgiler eksik.',
      '-39': 'Sipariş bir sertifika içermiyordu.',
      '-44': 'Sectigo anahtarınızı kabul etmedi.',
      '-62': 'Kuruluş adı eksik.',
      '-65': 'Bu sertifika şu anda bu hesap üzerinden sipariş edilemiyor.',
      '-70': 'E-posta adresi kabul edilmedi.',
      '-83': 'Sipariş, kendisi için geçerli olmayan bir bilgi içeriyordu.',
      '-91': 'Bu hesabın bu siparişi verme izni yok.',
      '-97': 'Oturumun süresi doldu.',
    },
    advice: {
      '-3': 'Tüm alanların doldurulduğunu kontrol ederek yeniden deneyin.',
      '-4': 'Yazdıklarınızı kontrol ederek yeniden deneyin.',
      '-13': 'Yeni bir anahtar oluşturarak yeniden deneyin.',
      '-14': 'Birkaç dakika bekleyip yeniden deneyin.',
      '-16':
        'Hesap adınızı ve parolanızı kontrol edip yeniden deneyin. Yeniyseniz “Yeniyim” seçeneğini seçin; hesabınız kilitliyse bize ulaşın.',
      '-44': 'Yeni bir anahtar oluşturarak yeniden deneyin.',
      '-62': 'Kuruluşunuzun adını girerek yeniden deneyin.',
      '-70': 'E-posta adresinizi kontrol edip yeniden deneyin.',
      '-97': 'Yeniden deneyin.',
    },
    adviceDefault:
      'Yeniden deneyin. Yine olursa aşağıdaki sipariş ayrıntılarıyla birlikte bize ulaşın.',
  },
  collect: {
    title: 'Sertifikanızı teslim alın',
    intro:
      'Sectigo sertifikanızı düzenlediğinde, onu burada teslim alın ve kaydettiğiniz özel anahtarla birlikte e-posta programınızın içe aktarabileceği bir dosyaya dönüştürün.',
    steps: {
      ask: 'Sectigo’ya sorun',
      answer: 'Yanıtı getirin',
      key: 'Anahtarınız',
      file: 'Sertifika dosyanız',
      install: 'Yükleme',
    },
    ask: {
      legend: 'Nasıl teslim almak istersiniz?',
      withAccount: 'Sipariş numaram ve Sectigo hesabımla',
      withCode: 'Bir teslim alma koduyla',
      open: 'Sertifikamı Sectigo’dan iste',
      opened:
        'Sectigo’nun yanıtı yeni bir sekmede açıldı. Kısa bir metindir: tamamını seçin, kopyalayın, bu sekmeye dönün ve aşağıya yapıştırın. Telefonda metne basılı tutun, ardından Tümünü Seç ve Kopyala’yı seçin; bilgisayarda Ctrl+A, ardından Ctrl+C’ye basın (Mac’te ⌘A ve ⌘C). Ya da sayfayı kaydedin ve dosyayı aşağıda seçin.',
      haveAnswer: 'Sectigo’nun yanıtı zaten elimde',
    },
    answer: {
      label: 'Sectigo’nun yanıtı',
      help: 'Metnin tamamını yapıştırın veya kaydedilen dosyayı seçin. Yanıt, tek başına bir satırda duran bir sayıyla başlar.',
      choose: 'Kaydedilen dosyayı seçin…',
      empty: 'Önce Sectigo’nun yanıtını yapıştırın.',
      notAnswer:
        'Bu, Sectigo’nun bir teslim alma isteğine verdiği yanıta benzemiyor. Sectigo’nun açtığı sekmedeki metnin tamamını yapıştırın.',
      ready: (count: number) =>
        plural(count, {
          one: 'Sertifikanız burada.',
          other: 'Sertifikanız burada; toplam # sertifika var (sizinki ve Sectigo’nunkiler).',
        }),
      pending:
        'Sectigo isteği kabul etti, ancak sertifikanız henüz hazır değil. Daha sonra yeniden deneyin.',
      available:
        'Sertifikanız hazır, ancak yanıt onu içermiyor. Sertifikanın kendisini isteyen bu sayfadaki düğmeyle yeniden isteyin.',
      for: (email: string) => `Düzenlendiği adres: ${email}`,
      validUntil: (date: string) => `${date} tarihine kadar geçerli`,
      codes: {
        '-154':
          'E-posta adresinizi henüz onaylamadınız. Sectigo’dan gelen e-postayı açıp bağlantıyı izleyin, ardından yeniden isteyin.',
        '-16':
          'Sectigo oturumunuzu açamadı: hesap adınızı ve parolanızı kontrol edip yeniden isteyin.',
        '-22': 'Sipariş hâlâ ödeme veya onay bekliyor. Daha sonra yeniden isteyin.',
        '-20': 'Sectigo sertifika isteğini reddetti. Bize ulaşın.',
        '-21': 'Bu sertifika iptal edildi. Bize ulaşın.',
        '-3': 'İstekte bir şey eksikti. Sipariş numarasını (veya teslim alma kodunu) kontrol edip yeniden isteyin.',
        '-4': 'İstekteki bir şey kabul edilmedi. Sipariş numarasını (veya teslim alma kodunu) kontrol edip yeniden isteyin.',
        '-14': 'Sectigo beklenmeyen bir sorun yaşadı. Birkaç dakika bekleyip yeniden isteyin.',
      },
      otherError: (code: string) =>
        `Yanıtta bu sayfanın açıklayamadığı ${code} hatası var. Sectigo’nun yanıtının tamamını kopyaladığınızdan emin olup yeniden isteyin veya bu numarayı belirterek bize ulaşın.`,
    },
    key: {
      legend: 'Kaydettiğiniz özel anahtar',
      fromSession: 'Bu ziyarette bu sayfada oluşturulan anahtarı kullan',
      fromFile: 'Kaydettiğim anahtar dosyasını kullan',
      label: 'Özel anahtar dosyanız',
      help: 'Sipariş verirken kaydettiğiniz .key dosyası. Yalnızca bu sayfada okunur; hiçbir yere gönderilmez.',
      choose: 'Anahtar dosyasını seçin…',
      passphrase: 'Anahtar parola ifadesi',
      passphraseHelp: 'Anahtar dosyanız bir parola ifadesiyle korunuyor: lütfen girin.',
      check: 'Anahtarımı kontrol et',
      matches: 'Anahtarınız ve sertifikanız birbirine ait.',
      mismatch:
        'Bu anahtar bu sertifikaya ait değil. Bu siparişi verirken kaydettiğiniz anahtar dosyasını kullanın.',
      empty: 'Önce özel anahtar dosyanızı ekleyin.',
      needsPassphrase: 'Anahtar dosyanızın parola ifadesini girin.',
      wrongPassphrase: 'Parola ifadesi bu anahtar dosyası için doğru değil. Yeniden deneyin.',
      unreadable:
        'Bu dosya, bu sayfanın okuyabildiği bir özel anahtar değil. Kaydettiğiniz .key dosyasını seçin.',
    },
    file: {
      legend: 'Dosyayı bir parolayla koruyun',
      help: 'E-posta programınız bu parolayı, dosyayı içe aktardığınızda bir kez sorar.',
      password: 'Dosya için yeni parola',
      confirm: 'Parola (tekrar)',
      differ: 'İki parola birbirinden farklı.',
      tooShort: (min: number) => `En az ${formatNumber(min)} karakter kullanın.`,
      legacy: 'Eski sistemler için oluştur (Windows 7 veya 8.1, eski macOS)',
      legacyHelp:
        'Bu sistemlerin ihtiyaç duyduğu daha eski ve daha zayıf şifrelemeyi kullanır; içe aktarma orada başarısız olmadıkça kapalı bırakın.',
      build: 'Sertifika dosyamı oluştur',
      building: 'Dosyanız oluşturuluyor…',
      ready: 'Sertifika dosyanız hazır.',
      download: (name: string) => `${name} dosyasını indir`,
      failed: 'Dosya oluşturulamadı. Yukarıdaki adımları kontrol edip yeniden deneyin.',
    },
    install: {
      title: 'E-posta programınıza yükleyin',
      intro: 'İndirdiğiniz dosyayı e-posta programınızda açın ve seçtiğiniz parolayı girin.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          '.p12 dosyasına çift tıklayın ve içe aktarma sihirbazını izleyin; sorulduğunda parolanızı girin.',
          'Outlook’ta: Dosya › Seçenekler › Güven Merkezi › Güven Merkezi Ayarları › E-posta Güvenliği.',
          'Şifrelenmiş e-posta altında Ayarlar’ı seçin ve yeni sertifikanızı belirleyin; Tamam’a basın.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          '.p12 dosyasına çift tıklayın: Anahtar Zinciri Erişimi açılır. Dosyayı “giriş” anahtar zincirine ekleyin ve parolanızı girin.',
          'Mail’den çıkıp yeniden açın. Bu adresten ileti yazdığınızda imzalama ve şifreleme düğmeleri görünür.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Ayarlar › Gizlilik ve Güvenlik › Sertifikalar › Sertifikaları Yönet › Sertifikalarınız › İçe Aktar; .p12 dosyasını seçin ve parolanızı girin.',
          'Hesap Ayarları › Uçtan Uca Şifreleme › S/MIME: imzalama ve şifreleme için sertifikayı seçin.',
        ],
      },
      iphone: {
        name: 'iPhone ve iPad’de Mail',
        steps: [
          '.p12 dosyasını Dosyalar’a kaydedip üzerine dokunun. Ardından Ayarlar’ı açın, üstteki “Profil İndirildi”ye dokunun, Yükle’yi seçin ve aygıt parolanızı, ardından dosya parolanızı girin.',
          'Ayarlar › Mail › Hesaplar (iOS 18: Ayarlar › Uygulamalar › Mail › Mail Hesapları) › hesabınız › Hesap › İleri Düzey: İmzala ve Varsayılan Olarak Şifrele’yi açın ve ikisi için de bu sertifikayı seçin.',
        ],
      },
    },
  },
  generate: {
    title: 'Anahtar ve CSR oluşturma',
    lead: 'Anahtar çiftini tarayıcınız bu sayfada kendisi oluşturur. Özel anahtar hiçbir yere gönderilmez: sipariş vermeden önce kaydedin, çünkü kurtarılamaz.',
    mode: {
      legend: 'Anahtar',
      new: 'Yeni bir anahtar oluştur',
      existing: 'Mevcut anahtarımı kullan (anahtarı koruyan bir yenileme)',
    },
    presets: {
      legend: 'Sertifika türü',
      dv: {
        label: 'Web sitesi, alan adı doğrulamalı (DV)',
        description:
          'Yalnızca alan adlarının denetiminizde olduğunu kanıtlar. İstek için yalnızca adlar gerekir.',
      },
      'ov-ev': {
        label: 'Web sitesi, kuruluş doğrulamalı veya genişletilmiş (OV/EV)',
        description:
          'Kuruluşunuzu sertifikada belirtir. Yasal adını ve adresini kayıtlı olduğu gibi girin.',
      },
      'smime-mailbox': {
        label: 'E-posta (S/MIME), posta kutusu doğrulamalı',
        description:
          'Tek bir adres için e-postaları imzalar ve şifreler. İstek için yalnızca adres gerekir.',
      },
      'smime-organization': {
        label: 'E-posta (S/MIME), kuruluş doğrulamalı',
        description:
          'Kuruluşunuzu da belirten bir e-posta sertifikası: kuruluşun tam adı ve adresi zorunludur.',
      },
    },
    names: {
      legend: 'Sertifikadaki adlar',
      emailLabel: 'E-posta adresi',
      emailHelp: 'Sertifikanın verileceği posta kutusu.',
      domainsLabel: 'Alan adları',
      domainsHelp:
        'Her satıra bir tane (veya virgülle ayırarak). İlki sertifikanın ana adıdır. Joker karakter için *.example.com yazın.',
      domain: (position: number) => `Alan adı ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP adresi ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Kuruluş',
      fields: {
        countryName: 'Ülke',
        stateOrProvinceName: 'İl veya eyalet',
        localityName: 'Yer (şehir)',
        streetAddress: 'Adres',
        postalCode: 'Posta kodu',
        postOfficeBox: 'Posta kutusu',
        organizationName: 'Kuruluş',
        organizationalUnitName: 'Kuruluş birimi (departman)',
        commonName: 'Ana ad',
        emailAddress: 'E-posta adresi',
      },
      streetLine: (line: number) => `Adres satırı ${formatNumber(line)}`,
      perLine: (max: number) => `Satır başına en fazla ${formatNumber(max)} karakter.`,
      countryHelp: 'Kuruluşun kayıtlı olduğu yer.',
      countryNone: '— yok —',
    },
    algorithms: {
      legend: 'Anahtar algoritması',
      recommended: 'önerilen',
      notes: {
        'RSA-2048':
          'Her sunucu ve e-posta programıyla çalışır. E-posta sertifikaları için güvenli seçim.',
        'RSA-3072':
          'Daha güçlü RSA; oluşturması ve kullanması biraz daha yavaş. Yaygın olarak desteklenir.',
        'RSA-4096':
          'Güçlü RSA; oluşturması birkaç saniye sürer, bağlantılar biraz daha yavaş başlar.',
        'RSA-8192':
          'Sectigo’nun kabul ettiği en büyük boyut. Oluşturması bir dakika sürebilir; nadiren buna değer.',
        'P-256': 'Modern, küçük ve hızlı; RSA 3072 kadar güçlü. Web siteleri için önerilir.',
        'P-384': 'Daha güçlü eliptik eğri; biraz daha yavaş. Yaygın olarak desteklenir.',
        'P-521': 'Sectigo’nun kabul ettiği en güçlü eğri; bazı eski yazılımlar bunu kullanamaz.',
      },
    },
    existing: {
      legend: 'Mevcut özel anahtarınız',
      help: 'Şu anda kullandığınız özel anahtar dosyasını yapıştırın veya buraya bırakın (PEM; parolayla korunan bir anahtar da olur). Yalnızca bu sayfanın belleğinde kalır.',
      choose: 'Anahtar dosyasını seçin…',
      passphrase: 'Parola (yalnızca korumalı bir anahtar için)',
      problems: {
        empty: 'Özel anahtarınızı yapıştırın veya dosyasını buraya bırakın.',
        needsPassphrase: 'Bu anahtar bir parolayla korunuyor: parolayı girin.',
        wrongPassphrase: 'Parola bu anahtarı açmıyor. Tekrar deneyin.',
        unsupported:
          'Bu tür bir anahtar burada kullanılamaz. Bunun yerine yeni bir anahtar oluşturun.',
        unreadable:
          'Bu, sayfanın okuyabildiği bir özel anahtar değil. Anahtar dosyasının tamamını yapıştırdığınızı kontrol edin.',
      },
      ownKey: (algorithm: string) => `${algorithm} (sizin anahtarınız)`,
    },
    actions: {
      generate: 'Anahtar ve CSR oluştur',
      makeCsr: 'CSR oluştur',
      cancel: 'İptal',
    },
    progress: {
      making: (algorithm: string) => `${algorithm} anahtarı ve CSR oluşturuluyor`,
      reading: 'Anahtar okunuyor ve CSR oluşturuluyor',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Bazı alanlar ilgi bekliyor: yanlarındaki iletilere bakın.',
      cancelled: 'İptal edildi: hiçbir anahtar saklanmadı.',
      failed:
        'CSR oluşturulamadı. Tekrar deneyin; yine olmazsa başka bir anahtar algoritması seçin.',
      keyLoss:
        'Daha önce oluşturulan özel anahtar kaydedilmedi. Yeni bir CSR onun yerini alır ve anahtar kurtarılamaz. Yine de devam edilsin mi?',
    },
    problems: {
      domainsRequired: 'En az bir alan adı girin.',
      emailRequired: 'E-posta adresini girin.',
      oneEmail: 'Sertifika başına bir e-posta adresi girin.',
      required: (field: string) => `${field} bu sertifika türü için zorunludur.`,
      oneOf: (fields: string) => `En az birini doldurun: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'en fazla # satır', other: 'en fazla # satır' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} çok uzun: en fazla ${formatNumber(max)} karakter (şu an ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} bir satır sonu, sekme veya başka görünmez bir karakter içeriyor: kaldırın.`,
        countryCode: (field: string) => `${field}: listeden bir ülke seçin.`,
        printableOnly: (field: string) =>
          `${field} yalnızca A–Z harfleri, rakamlar, boşluk ve ' ( ) + , - . / : = ? içerebilir.`,
        asciiOnly: (field: string) =>
          `${field} yalnızca aksansız A–Z harfleri, rakamlar ve noktalama işaretleri içerebilir.`,
      },
      names: {
        empty: (field: string) => `${field} boş.`,
        invalid: (field: string, value: string) =>
          `${field} “${value}” geçerli bir alan adı değil.`,
        tooLong: (field: string, value: string) =>
          `${field} “${value}” bir alan adı için çok uzun.`,
        singleLabel: (field: string, value: string) =>
          `${field} “${value}” en az iki bölümden oluşmalıdır, örneğin example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} geçersiz bir bölüm içeriyor: “${label}” (“${value}” içinde): yalnızca harf, rakam ve kısa çizgi; bölüm başına en fazla 63 karakter; başta veya sonda kısa çizgi olmamalı.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} “${value}”: joker karakter (*) yalnızca ilk bölümün tamamı olabilir, *.example.com örneğindeki gibi.`,
        wildcardBare: (field: string, value: string) =>
          `${field} “${value}”: joker karakterin altında kayıtlı bir alan adı olmalıdır, *.example.com örneğindeki gibi.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} “${value}” bir iç ad (${suffix} ile bitiyor): herkese açık sertifikalar yalnızca kayıtlı alan adları için verilir.`,
        notIp: (field: string, value: string) =>
          `${field} “${value}” bir IP adresi (IPv4 veya IPv6) değil.`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} özel veya ayrılmış bir adres: herkese açık bir sertifika bunu içeremez.`,
        notEmail: (field: string, value: string) =>
          `${field} “${value}”, ad@example.com gibi bir e-posta adresi değil.`,
        emailDomain: (field: string, value: string) =>
          `${field} “${value}” geçerli bir alan adıyla bitmiyor.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `“${value}” bir web adresine benziyor: sertifikaya yalnızca alan adı (${host}) girer.`,
      punycode: (value: string, ascii: string) => `${value}, sertifikada ${ascii} olarak yazılır.`,
      ipAddress: (value: string) => `${value} bir IP adresi: sertifikaya IP adresi olarak girer.`,
    },
    openssl: {
      summary: 'Anahtarı kendiniz mi oluşturmak istersiniz? openssl ile aynısı',
      label: 'openssl req komutu',
    },
    result: {
      titleWithKey: 'CSR’niz ve özel anahtarınız',
      title: 'CSR’niz',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, bu tarayıcıda ${formatSeconds(seconds, 2)} içinde oluşturuldu.`,
      unsaved:
        'Özel anahtar yalnızca bu sayfada var. Sipariş vermeden veya sayfadan ayrılmadan önce indirin (ya da güvenli bir yere kopyalayın): kurtarılamaz ve sertifika onsuz işe yaramaz.',
      saved: 'Anahtar kaydedildi. Gizli tutun; sertifikayla birlikte kuracaksınız.',
      csr: 'Sertifika imzalama isteği (CSR)',
      downloadCsr: 'CSR’yi indir (.csr)',
      next: 'Sonraki adım: sertifikanızı bu CSR ile sipariş edin. Verildiğinde özel anahtarla birlikte kurun.',
      inspect: 'Bu CSR’yi incele',
      order: 'Bir siparişte kullan',
      keyTitle: 'Özel anahtar',
      downloadKey: 'Özel anahtarı indir (.key)',
      showKey: 'Özel anahtarı göster',
      hideKey: 'Özel anahtarı gizle',
      savedCheck: 'Özel anahtarı kaydettim',
      keyBlock: 'Özel anahtar (PKCS#8, şifresiz)',
      encrypt: {
        summary: 'Parolayla şifrelenmiş olarak kaydet (önerilir)',
        help: (rounds: number) =>
          `Anahtar, AES-256 ve paroladan türetilen bir anahtarla şifrelenir (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} tur). openssl, nginx, Apache ve Windows bunu okuyabilir. Parolayı anahtar kadar güvenli saklayın.`,
        passphrase: 'Parola',
        passphraseHelp: (min: number) => `En az ${formatNumber(min)} karakter.`,
        tooShort: (min: number) =>
          `Parola çok kısa: en az ${formatNumber(min)} karakter kullanın (birbiriyle ilgisiz birkaç sözcük iyi iş görür).`,
        again: 'Parola (tekrar)',
        differ: 'İki parola birbirinden farklı.',
        button: 'Anahtarı şifrele',
        busy: 'Şifreleniyor…',
        download: 'Şifreli anahtarı indir (.key)',
        failed: 'Anahtar şifrelenemedi. Tekrar deneyin.',
      },
    },
  },
};

export default tr;
