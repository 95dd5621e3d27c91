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
    unknownCode: (code: string) =>
      `Bağlantı, bu sayfanın tanımadığı bir hata kodu veriyor (${code}). Sipariş büyük olasılıkla verilmedi.`,
    meaning: 'Bu kodun anlamı',
    linkText: 'Bağlantıdan alınan metin, doğrulanmadı',
    fieldUnknown: 'Bağlantı, bu sayfanın tanımadığı bir alanı belirtiyor.',
    field: (label: string) => `İlgili alan: ${label}.`,
    cleared:
      'Sonuç adres çubuğundan kaldırıldı; böylece bu sayfayı yeniden yüklemek veya paylaşmak onu tekrarlamaz. Sayfayı kapatana kadar burada kalır.',
    everything: 'Bağlantıdaki her şey',
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
        'Sectigo’nun yanıtı yeni bir sekmede açıldı. Kısa bir metindir: tamamını seçin (Ctrl+A veya ⌘A), kopyalayın ve aşağıya yapıştırın. Ya da sayfayı kaydedin (Ctrl+S veya ⌘S) ve dosyayı aşağıya bırakın.',
      haveAnswer: 'Sectigo’nun yanıtı zaten elimde',
    },
    answer: {
      label: 'Sectigo’nun yanıtı',
      help: 'Metnin tamamını yapıştırın veya kaydedilen dosyayı bırakın. Yanıt, tek başına bir satırda duran bir sayıyla başlar.',
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
        `Sectigo ${code} hatasıyla yanıt verdi. Ayrıntıları kontrol edip yeniden isteyin veya bize ulaşın.`,
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

export default tr;
