/**
 * Русский (ru): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('ru');

/** "не более / не менее N символов": the count after these words takes the genitive. */
const charactersGenitive = (count: number) =>
  plural(count, { one: '# символа', few: '# символов', many: '# символов', other: '# символа' });

const ru: Messages = {
  app: {
    skipToContent: 'Перейти к содержимому',
    navigation: 'Разделы',
    views: {
      shop: 'Заказ сертификата',
      result: 'Результат заказа',
      generate: 'Создать ключ и CSR',
    },
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить страницу. Перезагрузите её, чтобы попробовать снова.',
    insecure:
      'Эта страница открыта по незащищённому http, поэтому браузер не разрешает ей создавать ключи и проверять сертификаты. Откройте её через https://, чтобы пользоваться всеми функциями.',
    privacy:
      'Всё работает только в вашем браузере. Ничто из того, что вы вводите, — ни ключ, ни пароль — не покидает эту страницу, кроме заказа, который вы сами решите отправить в Sectigo.',
  },
  common: {
    language: 'Язык',
    continue: 'Продолжить',
    back: 'Назад',
    required: 'обязательно',
    technicalDetails: 'Технические подробности (для службы поддержки)',
    technicalDetailsHelp:
      'Что страница отправляет или получила, с названиями, которые использует интерфейс Sectigo. Это нужно, только если об этом попросит служба поддержки.',
    tooLong: (label: string, max: number) =>
      `${label}: используйте не более ${charactersGenitive(max)}.`,
    atMost: (max: number) => `Не более ${charactersGenitive(max)}.`,
    invalid: (label: string) =>
      `${label}: это значение не принимается. Проверьте его и попробуйте снова.`,
    invalidCharacters: (label: string) =>
      `${label}: удалите невидимые или повреждённые символы (вставьте значение как обычный текст).`,
    chooseOption: '— выберите —',
    support: {
      title: 'Нужна помощь?',
      email: 'Эл. почта',
      phone: 'Телефон',
      pages: 'Страницы справки',
    },
    keyLoss: {
      confirm:
        'Ваш закрытый ключ ещё не сохранён. Если вы продолжите, он будет безвозвратно утерян, и сертификатом, заказанным с ним, нельзя будет пользоваться. Всё равно продолжить?',
    },
    chooseFile: 'Выбрать файл…',
    files: {
      dropHere: 'или перетащите файл сюда',
      clear: 'Очистить',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name}: ${formatNumber(mebibytes)} МиБ; файлы больше ${formatNumber(max)} МиБ не читаются.`,
    },
    copy: {
      button: 'Копировать',
      copied: 'Скопировано',
      failed: 'Не удалось скопировать',
      label: (what: string) => `Копировать: ${what}`,
      done: (what: string) => `Скопировано: ${what}`,
      couldNot: 'Не удалось скопировать',
    },
    download: (filename: string) => `Скачать ${filename}`,
  },
  params: {
    foreName: {
      label: 'Имя',
      help: 'Так, как оно должно быть указано в сертификате.',
      required: 'Введите имя (или фамилию).',
    },
    surName: {
      label: 'Фамилия',
      required: 'Введите фамилию (или имя).',
    },
    emailAddress: {
      label: 'Ваш адрес электронной почты',
      help: 'Сертификат будет выпущен для этого почтового ящика. Sectigo отправит на него ссылку для подтверждения.',
      required: 'Введите адрес электронной почты.',
      invalid: 'Введите адрес электронной почты в виде name@example.com.',
    },
    telephoneNumber: {
      label: 'Номер телефона',
      help: 'Необязательно. Используется, только если Sectigo понадобится связаться с вами по этому заказу.',
      required: 'Введите номер телефона.',
    },
    organizationName: {
      label: 'Название организации',
      help: 'Официальное зарегистрированное название, точно как в государственном реестре.',
      required: 'Введите зарегистрированное название вашей организации.',
    },
    streetAddress1: {
      label: 'Адрес (улица, дом)',
      help: 'Зарегистрированный адрес организации.',
      required: 'Введите адрес (улицу и дом) вашей организации.',
    },
    streetAddress2: {
      label: 'Адрес, строка 2',
      help: 'Необязательно.',
      required: 'Введите вторую строку адреса.',
    },
    localityName: {
      label: 'Населённый пункт',
      help: 'Укажите город или населённый пункт либо область или регион (хотя бы одно из двух).',
      required: 'Введите населённый пункт (или область либо регион).',
    },
    stateOrProvinceName: {
      label: 'Область или регион',
      required: 'Введите область или регион (или населённый пункт).',
    },
    postalCode: {
      label: 'Почтовый индекс',
      required: 'Введите почтовый индекс.',
    },
    countryName: {
      label: 'Страна',
      required: 'Выберите страну вашей организации.',
      invalid: 'Выберите страну из списка.',
    },
    organizationIdentifier: {
      label: 'Идентификатор организации',
      help: 'Номер, под которым зарегистрирована ваша организация (например, регистрационный номер компании или номер налогоплательщика).',
      required: 'Введите регистрационный номер вашей организации.',
    },
    loginName: {
      label: 'Имя учётной записи',
      help: 'Имя вашей учётной записи Sectigo (с учётом регистра букв). Оно понадобится позже, чтобы получить сертификат.',
      required: 'Введите имя учётной записи.',
    },
    loginPassword: {
      label: 'Пароль учётной записи',
      help: 'С учётом регистра букв. Отправляется только в Sectigo; эта страница его никогда не сохраняет.',
      required: 'Введите пароль учётной записи.',
    },
    orderNumber: {
      label: 'Номер заказа',
      help: 'Номер, показанный при оформлении заказа (только цифры).',
      required: 'Введите номер заказа или воспользуйтесь кодом получения.',
      invalid: 'Номер заказа состоит только из цифр, например 8151164.',
    },
    collectionCode: {
      label: 'Код получения',
      help: 'Если вы получили код получения, его можно использовать отдельно, без имени и пароля учётной записи.',
      required: 'Введите код получения.',
    },
  },
  shop: {
    defaultTitle: 'Заказ сертификата для электронной почты',
    needsConfig: 'Чтобы принимать заказы, этой странице нужен файл config.json от реселлера.',
    steps: {
      label: 'Шаги',
      product: 'Сертификат',
      details: 'Ваши данные',
      key: 'Ваш ключ',
      review: 'Проверка и заказ',
    },
    start: {
      collectLink: 'Получить заказанный сертификат',
      collectHint:
        'Уже сделали заказ? Получите сертификат и создайте файл для своей почтовой программы.',
    },
    product: {
      legend: 'Выберите сертификат',
      groupLabel: 'Сертификат',
      names: {
        mailbox: 'Сертификат для электронной почты',
        organization: 'Сертификат для электронной почты с названием вашей организации',
      },
      blurbs: {
        mailbox:
          'Подписывает и шифрует вашу почту. Sectigo проверяет, что почтовый ящик принадлежит вам, отправляя на него ссылку.',
        organization:
          'Подписывает и шифрует почту и показывает название вашей организации. Sectigo также проверяет организацию, поэтому нужны её зарегистрированное название и адрес.',
      },
      years: (years: number) =>
        plural(years, { one: '# год', few: '# года', many: '# лет', other: '# года' }),
      price: (price: string) => `Цена: ${price}`,
      choose: 'Выберите сертификат, чтобы продолжить.',
    },
    details: {
      aboutYou: 'О вас',
      organization: 'Ваша организация',
      account: 'Ваша учётная запись Sectigo',
      accountHelp:
        'Sectigo хранит ваш сертификат в учётной записи. Позже, чтобы получить сертификат, понадобятся её имя и пароль.',
      newAccount: 'У меня ещё нет учётной записи: создать её с этим именем и паролем',
      existingAccount: 'У меня уже есть учётная запись',
      confirmPassword: 'Пароль ещё раз',
      confirmPasswordHelp: 'Введите тот же пароль ещё раз.',
      passwordsDiffer: 'Пароли не совпадают. Введите один и тот же пароль дважды.',
      retypePassword:
        'В целях безопасности эта страница забыла ваш пароль после его отправки. Введите его снова.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Ниже # пункт требует вашего внимания.',
          few: 'Ниже # пункта требуют вашего внимания.',
          many: 'Ниже # пунктов требуют вашего внимания.',
          other: 'Ниже # пункта требуют вашего внимания.',
        }),
    },
    key: {
      legend: 'Ваш закрытый ключ',
      intro: (email: string) =>
        `Для сертификата нужна пара ключей. Она создаётся прямо сейчас, в этом браузере, для ${email}. В Sectigo отправляется только открытая часть; закрытый ключ остаётся у вас.`,
      saveFirst:
        'Сохраните его до оформления заказа: он нужен для установки сертификата, и восстановить его никто не сможет.',
      make: 'Создать ключ',
      making: 'Создаём ваш ключ…',
      ready: 'Ваш ключ готов.',
      download: 'Скачать закрытый ключ (.key)',
      confirmSaved: 'Закрытый ключ у меня сохранён',
      mustSave:
        'Прежде чем продолжить, скачайте закрытый ключ (или подтвердите, что сохранили его).',
      makeFirst: 'Сначала создайте ключ.',
      failed: 'Не удалось создать ключ в этом браузере. Перезагрузите страницу и попробуйте снова.',
      keptFromBefore:
        'Вы используете тот же ключ, что и раньше. Сохранённый файл ключа по-прежнему подходит к этому заказу.',
      makeNew: 'Создать новый ключ вместо этого',
      makeNewHelp: 'Только если вы потеряли файл ключа. Старый файл не подойдёт к новому заказу.',
    },
    review: {
      title: 'Проверьте заказ',
      intro: 'Пожалуйста, проверьте заказ. Закрытый ключ не отправляется: он остаётся у вас.',
      certificate: 'Сертификат',
      validity: 'Срок действия',
      price: 'Цена',
      mailbox: 'Почтовый ящик',
      name: 'Имя',
      organization: 'Организация',
      address: 'Адрес',
      identifier: 'Идентификатор организации',
      account: 'Учётная запись Sectigo',
      accountNew: (name: string) => `${name} (новая учётная запись)`,
      accountExisting: (name: string) => `${name} (существующая учётная запись)`,
      whatHappens: 'Когда вы нажмёте «Оформить заказ»',
      happens: [
        'Защищённая страница Sectigo откроется в новой вкладке с вашим заказом. Эта вкладка останется открытой, поэтому, если что-то пойдёт не так, введённые данные не потеряются.',
        'Sectigo отправит ссылку для подтверждения на ваш почтовый ящик.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} одобряет заказ до того, как Sectigo выпустит сертификат.`,
      placeOrder: 'Оформить заказ',
      fixFirst: 'Перед заказом исправьте следующее:',
      edit: 'Изменить',
      sentParams: 'Что отправляется в Sectigo',
      csrSummary: (characters: number) =>
        `запрос на сертификат с вашим открытым ключом (${plural(characters, {
          one: '# символ',
          few: '# символа',
          many: '# символов',
          other: '# символа',
        })})`,
      passwordHidden: '(скрыт)',
    },
    waiting: {
      title: 'Ваш заказ передан в Sectigo',
      body: 'Страница Sectigo открылась в новой вкладке. Когда Sectigo ответит, результат появится в той вкладке и здесь.',
      noTab:
        'Новая вкладка не открылась? Возможно, её заблокировал браузер: разрешите всплывающие окна для этой страницы и снова нажмите «Оформить заказ».',
      again: 'Оформить заказ ещё раз',
    },
    error: {
      title: 'Заказ не оформлен',
      whatToDo: 'Что можно сделать',
      tryAgain: 'Попробовать снова',
      tryAgainHelp:
        'Всё, что вы ввели, сохранилось, как и ваш ключ. В целях безопасности нужно снова ввести пароль.',
      contactSupport: 'Если это повторится, свяжитесь с нами:',
    },
    success: {
      title: 'Спасибо! Ваш заказ оформлен',
      orderNumber: 'Номер вашего заказа',
      keepIt: 'Сохраните этот номер: он понадобится, чтобы получить сертификат.',
      next: 'Что дальше',
      steps: {
        verify: (email: string) =>
          `Sectigo отправит письмо на адрес ${email}. Откройте его и перейдите по ссылке, чтобы подтвердить, что почтовый ящик принадлежит вам.`,
        organization:
          'Sectigo проверит название и адрес вашей организации. Это может занять несколько рабочих дней.',
        approve: (brand: string) => `${brand} одобрит ваш заказ.`,
        issued:
          'Когда сертификат будет готов, Sectigo пришлёт вам письмо. Тогда вернитесь на эту страницу и получите его.',
      },
      collectNow: 'Получить сертификат',
      keepKey: 'Сохраните файл закрытого ключа: он понадобится для установки сертификата.',
    },
    resultTab: {
      otherTab:
        'Страница заказа по-прежнему открыта во вкладке, из которой вы пришли: этот результат передан туда, и все введённые данные на месте.',
      close: 'Закрыть эту вкладку',
    },
  },
  result: {
    title: 'Результат заказа',
    noResult:
      'Эта страница показывает результат заказа, когда вы возвращаетесь из Sectigo. Сейчас в адресе нет результата.',
    decodeHint: 'Чтобы прочитать любой другой ответ Sectigo, вставьте его в раздел',
    decodeLink: 'Расшифровка ответа',
    placed: 'Заказ оформлен',
    notPlaced: 'Заказ не оформлен',
    unreadable: 'Не удалось прочитать этот результат',
    unreadableBody:
      'Ссылка, по которой открыта эта страница, не содержит результата, понятного этой странице. Если вы только что оформили заказ, проверьте почту или свяжитесь с продавцом.',
    orderNumber: 'Номер заказа',
    orderNumberCopy: 'номер заказа',
    oddOrderNumber:
      'Ссылка содержит номер заказа в неожиданном виде (номер заказа состоит только из цифр), поэтому он не показан как номер заказа.',
    unknownCode: (code: string) =>
      `Ссылка содержит код ошибки, неизвестный этой странице (${code}). Скорее всего, заказ не оформлен.`,
    meaning: 'Что означает этот код',
    linkText: 'Текст из ссылки, не проверен',
    fieldUnknown: 'В ссылке указано поле, неизвестное этой странице.',
    field: (label: string) => `Поле, о котором идёт речь: ${label}.`,
    cleared:
      'Результат удалён из адресной строки, поэтому при перезагрузке страницы или если вы ею поделитесь, он не повторится. Он останется здесь, пока вы не закроете страницу.',
    everything: 'Всё содержимое ссылки',
    openInDecode: 'Открыть в разделе «Расшифровка»',
    codes: {
      '-1': 'Заказ поступил в Sectigo не по защищённому соединению.',
      '-2': 'Заказ содержал то, что Sectigo не принимает.',
      '-3': 'В заказе не хватало сведений, нужных Sectigo.',
      '-4': 'Некоторые сведения в заказе не были приняты.',
      '-13': 'Размер вашего ключа не принимается Sectigo.',
      '-14': 'У Sectigo возникла непредвиденная проблема с заказом.',
      '-16':
        'Sectigo не удалось выполнить вход: неверное имя учётной записи или пароль, либо учётная запись заблокирована или срок действия её пароля истёк.',
      '-38': 'В учётной записи не хватает данных, которые Sectigo должна сначала проверить.',
      '-39': 'В заказе не было сертификата.',
      '-44': 'Sectigo не приняла ваш ключ.',
      '-62': 'Не указано название организации.',
      '-65': 'Этот сертификат сейчас нельзя заказать через эту учётную запись.',
      '-70': 'Адрес электронной почты не принят.',
      '-83': 'Заказ содержал сведения, которые к нему не относятся.',
      '-91': 'Этой учётной записи не разрешено оформлять такой заказ.',
      '-97': 'Время сеанса истекло.',
    },
    advice: {
      '-3': 'Попробуйте снова и проверьте, что все поля заполнены.',
      '-4': 'Попробуйте снова и проверьте введённые данные.',
      '-13': 'Попробуйте снова и создайте новый ключ.',
      '-14': 'Подождите несколько минут и попробуйте снова.',
      '-16':
        'Проверьте имя и пароль учётной записи и попробуйте снова. Если у вас ещё нет учётной записи, выберите «У меня ещё нет учётной записи»; если учётная запись заблокирована, свяжитесь с нами.',
      '-44': 'Попробуйте снова и создайте новый ключ.',
      '-62': 'Попробуйте снова и введите название вашей организации.',
      '-70': 'Проверьте адрес электронной почты и попробуйте снова.',
      '-97': 'Попробуйте снова.',
    },
    adviceDefault: 'Проверьте введённые данные и попробуйте снова.',
  },
  collect: {
    title: 'Получение сертификата',
    intro:
      'Когда Sectigo выпустит ваш сертификат, получите его здесь и превратите вместе с сохранённым закрытым ключом в файл, который сможет импортировать ваша почтовая программа.',
    steps: {
      ask: 'Запрос в Sectigo',
      answer: 'Ответ Sectigo',
      key: 'Ваш ключ',
      file: 'Файл сертификата',
      install: 'Установка',
    },
    ask: {
      legend: 'Как вы хотите получить сертификат?',
      withAccount: 'По номеру заказа и учётной записи Sectigo',
      withCode: 'По коду получения',
      open: 'Запросить сертификат у Sectigo',
      opened:
        'Ответ Sectigo открылся в новой вкладке. Это короткий текст: выделите его целиком (Ctrl+A или ⌘A), скопируйте и вставьте ниже. Или сохраните страницу (Ctrl+S или ⌘S) и перетащите файл ниже.',
      haveAnswer: 'У меня уже есть ответ Sectigo',
    },
    answer: {
      label: 'Ответ Sectigo',
      help: 'Вставьте весь текст или перетащите сохранённый файл. Он начинается с числа на отдельной строке.',
      choose: 'Выбрать сохранённый файл…',
      empty: 'Сначала вставьте ответ Sectigo.',
      notAnswer:
        'Это не похоже на ответ Sectigo на запрос сертификата. Вставьте весь текст вкладки, которую открыла Sectigo.',
      ready: (count: number) =>
        count === 1
          ? 'Ваш сертификат получен.'
          : `Ваш сертификат получен. ${plural(count, {
              one: 'Всего в ответе # сертификат',
              few: 'Всего в ответе # сертификата',
              many: 'Всего в ответе # сертификатов',
              other: 'Всего в ответе # сертификата',
            })} (ваш и сертификаты Sectigo).`,
      pending: 'Sectigo приняла запрос, но ваш сертификат ещё не готов. Попробуйте позже.',
      available:
        'Ваш сертификат готов, но в ответе его нет. Запросите снова кнопкой на этой странице: она запрашивает сам сертификат.',
      for: (email: string) => `Выдан для ${email}`,
      validUntil: (date: string) => `действителен до ${date}`,
      codes: {
        '-154':
          'Вы ещё не подтвердили адрес электронной почты. Откройте письмо от Sectigo, перейдите по ссылке из него и запросите снова.',
        '-16':
          'Sectigo не удалось выполнить вход: проверьте имя и пароль учётной записи и запросите снова.',
        '-22': 'Заказ ещё ожидает оплаты или одобрения. Запросите снова позже.',
        '-20': 'Sectigo отклонила запрос на сертификат. Свяжитесь с нами.',
        '-21': 'Этот сертификат отозван. Свяжитесь с нами.',
        '-3': 'В запросе чего-то не хватало. Проверьте номер заказа (или код получения) и запросите снова.',
        '-4': 'Что-то в запросе не было принято. Проверьте номер заказа (или код получения) и запросите снова.',
        '-14':
          'У Sectigo возникла непредвиденная проблема. Подождите несколько минут и запросите снова.',
      },
      otherError: (code: string) =>
        `Sectigo ответила ошибкой ${code}. Проверьте подробности и запросите снова или свяжитесь с нами.`,
    },
    key: {
      legend: 'Сохранённый закрытый ключ',
      fromSession: 'Использовать ключ, созданный на этой странице во время этого посещения',
      fromFile: 'Использовать сохранённый файл ключа',
      label: 'Файл закрытого ключа',
      help: 'Файл .key, который вы сохранили при заказе. Он читается только на этой странице и никуда не отправляется.',
      choose: 'Выбрать файл ключа…',
      passphrase: 'Парольная фраза ключа',
      passphraseHelp: 'Файл ключа защищён парольной фразой: введите её.',
      check: 'Проверить ключ',
      matches: 'Ключ и сертификат подходят друг другу.',
      mismatch:
        'Этот ключ не относится к этому сертификату. Используйте файл ключа, который вы сохранили при оформлении этого заказа.',
      empty: 'Сначала добавьте файл закрытого ключа.',
      needsPassphrase: 'Введите парольную фразу файла ключа.',
      wrongPassphrase: 'Парольная фраза не подходит к этому файлу ключа. Попробуйте снова.',
      unreadable:
        'Этот файл не является закрытым ключом, который может прочитать эта страница. Выберите сохранённый файл .key.',
    },
    file: {
      legend: 'Защитите файл паролем',
      help: 'Почтовая программа запросит этот пароль один раз, при импорте файла.',
      password: 'Новый пароль для файла',
      confirm: 'Пароль ещё раз',
      differ: 'Пароли не совпадают.',
      tooShort: (min: number) => `Используйте не менее ${charactersGenitive(min)}.`,
      legacy: 'Создать для старых систем (Windows 7 или 8.1, старые версии macOS)',
      legacyHelp:
        'Использует более старое и слабое шифрование, которое нужно этим системам; не включайте, если только импорт в них не завершается ошибкой.',
      build: 'Создать файл сертификата',
      building: 'Создаём файл…',
      ready: 'Файл сертификата готов.',
      download: (name: string) => `Скачать ${name}`,
      failed: 'Не удалось создать файл. Проверьте предыдущие шаги и попробуйте снова.',
    },
    install: {
      title: 'Установите его в почтовую программу',
      intro: 'Откройте скачанный файл в почтовой программе и введите выбранный пароль.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Дважды щёлкните файл .p12 и следуйте указаниям мастера импорта; когда появится запрос, введите пароль.',
          'В Outlook: Файл › Параметры › Центр управления безопасностью › Параметры центра управления безопасностью › Защита электронной почты.',
          'В разделе «Шифрованная электронная почта» нажмите «Параметры» и выберите новый сертификат; нажмите «ОК».',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Дважды щёлкните файл .p12: откроется «Связка ключей». Добавьте его в связку «вход» и введите пароль.',
          'Закройте и снова откройте Mail. Когда вы пишете письмо с этого адреса, появляются кнопки подписи и шифрования.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Настройки › Приватность и защита › Сертификаты › Управление сертификатами › Ваши сертификаты › Импортировать; выберите файл .p12 и введите пароль.',
          'Параметры учётной записи › Сквозное шифрование › S/MIME: выберите сертификат для подписи и для шифрования.',
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

export default ru;
