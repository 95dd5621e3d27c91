/**
 * 한국어 (ko): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('ko');

const ko: Messages = {
  app: {
    skipToContent: '본문으로 건너뛰기',
    navigation: '페이지',
    views: {
      shop: '인증서 주문',
      result: '주문 결과',
      generate: '키 및 CSR 생성',
    },
    loading: '불러오는 중…',
    loadFailed: '이 페이지를 불러올 수 없습니다. 페이지를 새로 고친 후 다시 시도하십시오.',
    insecure:
      '이 페이지는 암호화되지 않은 http로 열렸기 때문에 브라우저가 키 생성이나 인증서 확인을 허용하지 않습니다. 모든 기능을 사용하려면 https://로 여십시오.',
    privacy:
      '모든 작업은 브라우저 안에서만 실행됩니다. 입력한 내용, 키, 비밀번호는 이 페이지를 벗어나지 않습니다. 단, 직접 Sectigo로 보내는 주문은 예외입니다.',
  },
  common: {
    language: '언어',
    continue: '계속',
    back: '뒤로',
    required: '필수',
    technicalDetails: '기술 세부 정보(지원팀용)',
    technicalDetailsHelp:
      '이 페이지가 보내거나 받은 내용을 Sectigo 인터페이스에서 쓰는 이름으로 보여 줍니다. 지원팀이 요청하지 않는 한 확인하실 필요가 없습니다.',
    tooLong: (label: string, max: number) =>
      `${label}: 최대 ${formatNumber(max)}자까지 입력하십시오.`,
    atMost: (max: number) => `최대 ${formatNumber(max)}자입니다.`,
    invalid: (label: string) =>
      `${label}: 이 값은 사용할 수 없습니다. 확인한 후 다시 시도하십시오.`,
    invalidCharacters: (label: string) =>
      `${label}: 보이지 않거나 깨진 문자를 삭제하십시오(일반 텍스트로 붙여 넣으십시오).`,
    chooseOption: '— 선택하십시오 —',
    support: {
      title: '도움이 필요하십니까?',
      email: '이메일',
      phone: '전화',
      pages: '도움말 페이지',
    },
    keyLoss: {
      confirm:
        '개인 키가 아직 저장되지 않았습니다. 계속하면 개인 키가 영구히 사라지며, 이 키로 주문한 인증서는 사용할 수 없습니다. 그래도 계속하시겠습니까?',
    },
    chooseFile: '파일 선택…',
    files: {
      dropHere: '또는 여기에 파일을 끌어다 놓으세요',
      clear: '지우기',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name}의 크기는 ${formatNumber(mebibytes)} MiB입니다. ${formatNumber(max)} MiB를 넘는 파일은 읽지 않습니다.`,
    },
    copy: {
      button: '복사',
      copied: '복사됨',
      failed: '복사 실패',
      label: (what: string) => `${what} 복사`,
      done: (what: string) => `${what} 복사됨`,
      couldNot: '복사할 수 없습니다',
    },
    download: (filename: string) => `${filename} 다운로드`,
  },
  params: {
    foreName: {
      label: '이름',
      help: '인증서에 표시될 그대로 입력하십시오.',
      required: '이름(또는 성)을 입력하십시오.',
    },
    surName: {
      label: '성',
      required: '성(또는 이름)을 입력하십시오.',
    },
    emailAddress: {
      label: '이메일 주소',
      help: '인증서는 이 메일함에 대해 발급됩니다. Sectigo가 이 주소로 확인 링크를 보냅니다.',
      required: '이메일 주소를 입력하십시오.',
      invalid: '이메일 주소를 name@example.com 형식으로 입력하십시오.',
    },
    telephoneNumber: {
      label: '전화번호',
      help: '선택 사항입니다. Sectigo가 이 주문과 관련해 연락해야 할 때만 사용됩니다.',
      required: '전화번호를 입력하십시오.',
    },
    organizationName: {
      label: '조직 이름',
      help: '공식 등기부에 기재된 그대로의 법적 등록 명칭입니다.',
      required: '조직의 등록 명칭을 입력하십시오.',
    },
    streetAddress1: {
      label: '도로명 주소',
      help: '조직의 등록 주소입니다.',
      required: '조직의 도로명 주소를 입력하십시오.',
    },
    streetAddress2: {
      label: '주소 2행',
      help: '선택 사항입니다.',
      required: '주소의 두 번째 줄을 입력하십시오.',
    },
    localityName: {
      label: '시/군/구',
      help: '시/군/구 또는 시/도·지역 중 하나 이상을 입력하십시오.',
      required: '시/군/구(또는 시/도·지역)를 입력하십시오.',
    },
    stateOrProvinceName: {
      label: '시/도·지역',
      required: '시/도·지역(또는 시/군/구)을 입력하십시오.',
    },
    postalCode: {
      label: '우편번호',
      required: '우편번호를 입력하십시오.',
    },
    countryName: {
      label: '국가',
      required: '조직이 있는 국가를 선택하십시오.',
      invalid: '목록에서 국가를 선택하십시오.',
    },
    organizationIdentifier: {
      label: '조직 식별자',
      help: '조직이 등록된 번호입니다(예: 법인 등록 번호 또는 부가가치세 번호).',
      required: '조직의 등록 번호를 입력하십시오.',
    },
    loginName: {
      label: '계정 이름',
      help: 'Sectigo 계정 이름입니다(대소문자 구분). 나중에 인증서를 받을 때 사용합니다.',
      required: '계정 이름을 입력하십시오.',
    },
    loginPassword: {
      label: '계정 비밀번호',
      help: '대소문자를 구분합니다. 주문과 함께 Sectigo에만 전송되며, 이 페이지는 비밀번호를 저장하지 않습니다.',
      required: '계정 비밀번호를 입력하십시오.',
    },
    orderNumber: {
      label: '주문 번호',
      help: '주문할 때 표시된 번호입니다(숫자만).',
      required: '주문 번호를 입력하거나 대신 수령 코드를 사용하십시오.',
      invalid: '주문 번호는 8151164처럼 숫자로만 이루어져 있습니다.',
    },
    collectionCode: {
      label: '수령 코드',
      help: '수령 코드를 받으셨다면 계정 이름과 비밀번호 없이 이 코드만으로 받을 수 있습니다.',
      required: '수령 코드를 입력하십시오.',
    },
  },
  shop: {
    defaultTitle: '이메일 인증서 주문',
    needsConfig: '이 페이지에서 주문을 받으려면 판매점이 제공하는 config.json이 필요합니다.',
    steps: {
      label: '단계',
      product: '인증서',
      details: '고객 정보',
      key: '키',
      review: '확인 및 주문',
    },
    start: {
      collectLink: '주문한 인증서 받기',
      collectHint: '이미 주문하셨습니까? 인증서를 받고 메일 프로그램용 파일을 만드십시오.',
    },
    product: {
      legend: '인증서를 선택하십시오',
      groupLabel: '인증서',
      names: {
        mailbox: '이메일 인증서',
        organization: '조직 이름이 표시되는 이메일 인증서',
      },
      blurbs: {
        mailbox:
          '이메일에 서명하고 암호화합니다. Sectigo는 메일함으로 링크를 보내 그 메일함이 고객님의 것인지 확인합니다.',
        organization:
          '이메일에 서명하고 암호화하며 조직 이름을 표시합니다. Sectigo가 조직도 확인하므로 조직의 등록 명칭과 주소가 필요합니다.',
      },
      years: (years: number) => plural(years, { other: '#년' }),
      price: (price: string) => `가격: ${price}`,
      choose: '계속하려면 인증서를 선택하십시오.',
    },
    details: {
      aboutYou: '고객님 정보',
      organization: '조직 정보',
      account: 'Sectigo 계정',
      accountHelp:
        'Sectigo는 인증서를 계정에 보관합니다. 나중에 인증서를 받을 때 계정 이름과 비밀번호가 필요합니다.',
      newAccount: '처음입니다: 이 이름과 비밀번호로 계정을 만듭니다',
      existingAccount: '이미 계정이 있습니다',
      confirmPassword: '비밀번호 확인',
      confirmPasswordHelp: '같은 비밀번호를 한 번 더 입력하십시오.',
      passwordsDiffer: '두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.',
      retypePassword:
        '안전을 위해 이 페이지는 전송 후 비밀번호를 지웠습니다. 비밀번호를 다시 입력하십시오.',
      fixBelow: (count: number) =>
        plural(count, {
          other: '아래에서 확인이 필요한 항목이 #개 있습니다.',
        }),
    },
    key: {
      legend: '개인 키',
      intro: (email: string) =>
        `인증서에는 키 쌍이 필요합니다. 키 쌍은 지금 이 브라우저에서 ${email}용으로 만들어집니다. Sectigo에는 공개 키만 전송되며, 개인 키는 고객님이 보관합니다.`,
      saveFirst:
        '주문하기 전에 개인 키를 저장하십시오. 인증서를 설치할 때 필요하며, 누구도 복구할 수 없습니다.',
      make: '키 만들기',
      making: '키를 만드는 중…',
      ready: '키가 준비되었습니다.',
      download: '개인 키 다운로드(.key)',
      confirmSaved: '개인 키를 저장했습니다',
      mustSave: '계속하기 전에 개인 키를 다운로드하십시오(또는 저장했음을 확인하십시오).',
      makeFirst: '먼저 키를 만드십시오.',
      failed: '이 브라우저에서 키를 만들 수 없었습니다. 페이지를 새로 고친 후 다시 시도하십시오.',
      keptFromBefore:
        '이전과 같은 키를 사용하고 있습니다. 저장해 둔 키 파일은 여전히 이 주문에 해당합니다.',
      makeNew: '대신 새 키 만들기',
      makeNewHelp:
        '키 파일을 잃어버린 경우에만 사용하십시오. 이전 파일은 새 주문에 사용할 수 없습니다.',
    },
    review: {
      title: '주문 확인',
      intro: '주문 내용을 확인하십시오. 개인 키는 전송되지 않으며 고객님이 보관합니다.',
      certificate: '인증서',
      validity: '유효 기간',
      price: '가격',
      mailbox: '메일함',
      name: '이름',
      organization: '조직',
      address: '주소',
      identifier: '조직 식별자',
      account: 'Sectigo 계정',
      accountNew: (name: string) => `${name}(새 계정)`,
      accountExisting: (name: string) => `${name}(기존 계정)`,
      whatHappens: '“주문하기”를 누르면',
      happens: [
        'Sectigo의 보안 페이지가 새 탭에서 열리고 주문이 전송됩니다. 이 탭은 열린 상태로 유지되므로 문제가 생겨도 입력한 내용이 사라지지 않습니다.',
        'Sectigo가 메일함으로 확인 링크를 보냅니다.',
      ],
      resellerApproves: (brand: string) =>
        `Sectigo가 인증서를 발급하기 전에 ${brand}에서 주문을 승인합니다.`,
      placeOrder: '주문하기',
      fixFirst: '주문하기 전에 다음을 수정하십시오:',
      edit: '변경',
      sentParams: 'Sectigo로 전송되는 내용',
      csrSummary: (characters: number) =>
        `공개 키가 포함된 인증서 요청(${formatNumber(characters)}자)`,
      passwordHidden: '(숨김)',
    },
    waiting: {
      title: '주문이 Sectigo로 전달되었습니다',
      body: 'Sectigo 페이지가 새 탭에서 열렸습니다. Sectigo가 응답하면 그 탭과 이 페이지에 결과가 표시됩니다.',
      noTab:
        '새 탭이 열리지 않았습니까? 브라우저가 차단했을 수 있습니다. 이 페이지의 팝업을 허용한 후 “주문하기”를 다시 누르십시오.',
      again: '다시 주문하기',
    },
    error: {
      title: '주문이 완료되지 않았습니다',
      whatToDo: '해결 방법',
      tryAgain: '다시 시도',
      tryAgainHelp:
        '입력한 내용과 키는 모두 그대로 있습니다. 안전을 위해 비밀번호만 다시 입력하셔야 합니다.',
      contactSupport: '같은 문제가 다시 발생하면 문의하십시오:',
    },
    success: {
      title: '감사합니다. 주문이 완료되었습니다',
      orderNumber: '주문 번호',
      keepIt: '이 번호를 보관하십시오. 인증서를 받을 때 필요합니다.',
      next: '다음 단계',
      steps: {
        verify: (email: string) =>
          `Sectigo가 ${email}(으)로 이메일을 보냅니다. 이메일을 열고 링크를 따라가 이 메일함이 고객님의 것임을 확인하십시오.`,
        organization:
          'Sectigo가 조직의 이름과 주소를 확인합니다. 영업일 기준 며칠이 걸릴 수 있습니다.',
        approve: (brand: string) => `${brand}에서 주문을 승인합니다.`,
        issued:
          '인증서가 준비되면 Sectigo가 이메일을 보냅니다. 그때 이 페이지로 돌아와 인증서를 받으십시오.',
      },
      collectNow: '인증서 받기',
      keepKey: '저장한 개인 키 파일을 보관하십시오. 인증서를 설치할 때 필요합니다.',
    },
    resultTab: {
      otherTab:
        '주문 페이지는 원래 탭에 그대로 열려 있습니다. 이 결과는 그 탭으로 전달되었으며, 입력한 내용도 모두 그곳에 있습니다.',
      close: '이 탭 닫기',
    },
  },
  result: {
    title: '주문 결과',
    noResult:
      'Sectigo에서 돌아오면 이 페이지에 주문 결과가 표시됩니다. 지금은 주소에 결과가 없습니다.',
    decodeHint: 'Sectigo의 다른 응답을 읽으려면 다음 화면에 붙여 넣으십시오:',
    decodeLink: '응답 디코딩',
    placed: '주문이 완료되었습니다',
    notPlaced: '주문이 완료되지 않았습니다',
    unreadable: '이 결과를 읽을 수 없습니다',
    unreadableBody:
      '이 페이지를 연 링크에 이 페이지가 인식할 수 있는 결과가 없습니다. 방금 주문하셨다면 이메일을 확인하거나 판매자에게 문의하십시오.',
    orderNumber: '주문 번호',
    orderNumberCopy: '주문 번호',
    oddOrderNumber:
      '링크에 예상과 다른 형식의 주문 번호가 들어 있어(주문 번호는 숫자로만 이루어짐) 주문 번호로 표시하지 않습니다.',
    unknownCode:
      '링크에 이 페이지가 알 수 없는 오류 코드가 있습니다. 주문은 완료되지 않았을 가능성이 높습니다.',
    meaning: '이 코드의 의미',
    linkText: '링크에서 가져온 텍스트(확인되지 않음)',
    fieldUnknown: '링크에 이 페이지가 알 수 없는 항목 이름이 있습니다.',
    field: (label: string) => `해당 항목: ${label}.`,
    cleared:
      '결과를 주소 표시줄에서 지웠으므로 이 페이지를 새로 고치거나 공유해도 결과가 반복되지 않습니다. 페이지를 닫을 때까지 여기에 표시됩니다.',
    everything: '링크에 포함된 모든 내용',
    detailsFailed: '기술 세부 정보를 불러오지 못했습니다. 닫았다가 다시 열면 다시 시도합니다.',
    toOrderingPage: '주문 페이지로 이동',
    openInDecode: '“응답 디코딩” 화면에서 열기',
    codes: {
      '-1': '주문이 보안 연결을 통해 Sectigo에 도달하지 않았습니다.',
      '-2': '주문에 Sectigo가 받아들이지 않는 내용이 있었습니다.',
      '-3': '주문에 Sectigo가 필요로 하는 정보 일부가 빠져 있었습니다.',
      '-4': '주문의 일부 정보가 받아들여지지 않았습니다.',
      '-13': '키의 크기가 Sectigo에서 받아들이지 않는 크기입니다.',
      '-14': 'Sectigo에서 주문을 처리하는 중 예기치 않은 문제가 발생했습니다.',
      '-16':
        'Sectigo에 로그인할 수 없었습니다. 계정 이름이나 비밀번호가 틀렸거나, 계정이 잠겼거나, 비밀번호가 만료되었습니다.',
      '-38': '계정에 Sectigo가 먼저 확인해야 하는 정보가 부족합니다.',
      '-39': '주문에 인증서가 포함되지 않았습니다.',
      '-44': 'Sectigo가 키를 받아들이지 않았습니다.',
      '-62': '조직 이름이 없습니다.',
      '-65': '현재 이 계정으로는 이 인증서를 주문할 수 없습니다.',
      '-70': '이메일 주소가 받아들여지지 않았습니다.',
      '-83': '주문에 이 주문에 해당하지 않는 정보가 포함되어 있었습니다.',
      '-91': '이 계정에는 이 주문을 할 권한이 없습니다.',
      '-97': '세션이 만료되었습니다.',
    },
    advice: {
      '-3': '모든 항목을 입력했는지 확인한 후 다시 시도하십시오.',
      '-4': '입력한 내용을 확인한 후 다시 시도하십시오.',
      '-13': '새 키를 만든 후 다시 시도하십시오.',
      '-14': '몇 분 기다린 후 다시 시도하십시오.',
      '-16':
        '계정 이름과 비밀번호를 확인한 후 다시 시도하십시오. 처음이시면 “처음입니다”를 선택하고, 계정이 잠겼다면 문의하십시오.',
      '-44': '새 키를 만든 후 다시 시도하십시오.',
      '-62': '조직 이름을 입력한 후 다시 시도하십시오.',
      '-70': '이메일 주소를 확인한 후 다시 시도하십시오.',
      '-97': '다시 시도하십시오.',
    },
    adviceDefault:
      '다시 시도하십시오. 같은 문제가 다시 발생하면 아래의 주문 세부 정보와 함께 문의하십시오.',
  },
  collect: {
    title: '인증서 받기',
    intro:
      'Sectigo가 인증서를 발급하면 여기에서 받아, 저장해 둔 개인 키와 함께 메일 프로그램에서 가져올 수 있는 파일로 만드십시오.',
    steps: {
      ask: 'Sectigo에 요청',
      answer: '응답 가져오기',
      key: '키',
      file: '인증서 파일',
      install: '설치',
    },
    ask: {
      legend: '어떤 방법으로 받으시겠습니까?',
      withAccount: '주문 번호와 Sectigo 계정으로',
      withCode: '수령 코드로',
      open: 'Sectigo에 인증서 요청',
      opened:
        'Sectigo의 응답이 새 탭에서 열렸습니다. 짧은 텍스트이므로 전체를 선택하여 복사한 후 이 탭으로 돌아와 아래에 붙여 넣으십시오. 휴대폰에서는 텍스트를 길게 누른 후 전체 선택과 복사를 선택하고, 컴퓨터에서는 Ctrl+A를 누른 후 Ctrl+C를 누르십시오(Mac에서는 ⌘A와 ⌘C). 또는 페이지를 저장한 후 아래에서 파일을 선택하십시오.',
      haveAnswer: 'Sectigo의 응답을 이미 가지고 있습니다',
    },
    answer: {
      label: 'Sectigo의 응답',
      help: '텍스트 전체를 붙여 넣거나 저장한 파일을 선택하십시오. 응답은 숫자만 있는 줄로 시작합니다.',
      choose: '저장한 파일 선택…',
      empty: '먼저 Sectigo의 응답을 붙여 넣으십시오.',
      notAnswer:
        '수령 요청에 대한 Sectigo의 응답이 아닌 것 같습니다. Sectigo가 연 탭의 텍스트 전체를 붙여 넣으십시오.',
      // Korean has only the plural category "other"; the English "one" form
      // means "your certificate alone", so that case is kept by the count itself.
      ready: (count: number) =>
        count === 1
          ? '인증서가 도착했습니다.'
          : plural(count, {
              other:
                '인증서가 도착했습니다. 모두 #개의 인증서가 들어 있습니다(고객님의 인증서와 Sectigo의 인증서).',
            }),
      pending:
        'Sectigo가 요청을 받아들였지만 인증서가 아직 준비되지 않았습니다. 나중에 다시 시도하십시오.',
      available:
        '인증서는 준비되었지만 응답에 인증서가 들어 있지 않습니다. 인증서 자체를 요청하는 이 페이지의 버튼으로 다시 요청하십시오.',
      for: (email: string) => `발급 대상: ${email}`,
      validUntil: (date: string) => `${date}까지 유효`,
      codes: {
        '-154':
          '아직 이메일 주소를 확인하지 않으셨습니다. Sectigo에서 보낸 이메일을 열어 링크를 따라간 후 다시 요청하십시오.',
        '-16':
          'Sectigo에 로그인할 수 없었습니다. 계정 이름과 비밀번호를 확인한 후 다시 요청하십시오.',
        '-22': '주문이 아직 결제 또는 승인을 기다리고 있습니다. 나중에 다시 요청하십시오.',
        '-20': 'Sectigo가 인증서 요청을 거부했습니다. 문의하십시오.',
        '-21': '이 인증서는 폐기되었습니다. 문의하십시오.',
        '-3': '요청에 빠진 정보가 있었습니다. 주문 번호(또는 수령 코드)를 확인한 후 다시 요청하십시오.',
        '-4': '요청의 일부 내용이 받아들여지지 않았습니다. 주문 번호(또는 수령 코드)를 확인한 후 다시 요청하십시오.',
        '-14': 'Sectigo에서 예기치 않은 문제가 발생했습니다. 몇 분 기다린 후 다시 요청하십시오.',
      },
      otherError: (code: string) =>
        `응답에 오류 ${code}이(가) 있으나 이 페이지에서는 설명할 수 없습니다. Sectigo의 응답 전체를 복사했는지 확인한 후 다시 요청하거나, 이 번호를 알려 주시고 문의하십시오.`,
    },
    key: {
      legend: '저장한 개인 키',
      fromSession: '이번 방문에서 이 페이지로 만든 키 사용',
      fromFile: '저장한 키 파일 사용',
      label: '개인 키 파일',
      help: '주문할 때 저장한 .key 파일입니다. 이 페이지 안에서만 읽으며 어디로도 전송되지 않습니다.',
      choose: '키 파일 선택…',
      passphrase: '키 암호 문구',
      passphraseHelp: '키 파일이 암호 문구로 보호되어 있습니다. 암호 문구를 입력하십시오.',
      check: '키 확인',
      matches: '키와 인증서가 서로 일치합니다.',
      mismatch:
        '이 키는 이 인증서와 일치하지 않습니다. 이 주문을 할 때 저장한 키 파일을 사용하십시오.',
      empty: '먼저 개인 키 파일을 추가하십시오.',
      needsPassphrase: '키 파일의 암호 문구를 입력하십시오.',
      wrongPassphrase: '이 키 파일의 암호 문구가 올바르지 않습니다. 다시 시도하십시오.',
      unreadable:
        '이 파일은 이 페이지에서 읽을 수 있는 개인 키가 아닙니다. 저장한 .key 파일을 선택하십시오.',
    },
    file: {
      legend: '파일을 비밀번호로 보호',
      help: '파일을 가져올 때 메일 프로그램이 이 비밀번호를 한 번 묻습니다.',
      password: '파일의 새 비밀번호',
      confirm: '비밀번호 확인',
      differ: '두 비밀번호가 다릅니다.',
      tooShort: (min: number) => `${formatNumber(min)}자 이상 사용하십시오.`,
      legacy: '이전 시스템용으로 만들기(Windows 7 또는 8.1, 이전 macOS)',
      legacyHelp:
        '해당 시스템에 필요한 오래되고 약한 암호화를 사용합니다. 그 시스템에서 가져오기가 실패하지 않는 한 꺼 두십시오.',
      build: '인증서 파일 만들기',
      building: '파일을 만드는 중…',
      ready: '인증서 파일이 준비되었습니다.',
      download: (name: string) => `${name} 다운로드`,
      failed: '파일을 만들 수 없었습니다. 위의 단계를 확인한 후 다시 시도하십시오.',
    },
    install: {
      title: '메일 프로그램에 설치',
      intro: '다운로드한 파일을 메일 프로그램에서 열고, 설정한 비밀번호를 입력하십시오.',
      outlook: {
        name: 'Outlook(Windows)',
        steps: [
          '.p12 파일을 두 번 클릭하고 가져오기 마법사를 따르십시오. 비밀번호를 묻는 경우 입력하십시오.',
          'Outlook에서: 파일 › 옵션 › 보안 센터 › 보안 센터 설정 › 전자 메일 보안.',
          '암호화된 전자 메일에서 설정을 선택하고 새 인증서를 고른 후 확인을 누르십시오.',
        ],
      },
      appleMail: {
        name: 'Apple Mail(Mac)',
        steps: [
          '.p12 파일을 두 번 클릭하면 키체인 접근이 열립니다. “로그인” 키체인에 추가하고 비밀번호를 입력하십시오.',
          'Mail을 종료했다가 다시 여십시오. 이 주소로 메시지를 작성하면 서명 및 암호화 버튼이 나타납니다.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          '설정 › 개인 정보 및 보안 › 인증서 › 인증서 관리 › 내 인증서 › 가져오기에서 .p12 파일을 선택하고 비밀번호를 입력하십시오.',
          '계정 설정 › 종단 간 암호화 › S/MIME에서 서명용 및 암호화용 인증서를 선택하십시오.',
        ],
      },
      iphone: {
        name: 'iPhone 및 iPad의 Mail',
        steps: [
          '.p12 파일을 파일 앱에 저장한 후 탭하십시오. 그런 다음 설정을 열고 상단의 ‘다운로드된 프로파일’을 탭한 후 설치를 선택하고 기기 암호와 비밀번호를 입력하십시오.',
          '설정 › Mail › 계정(iOS 18: 설정 › 앱 › Mail › Mail 계정) › 사용 중인 계정 › 계정 › 고급에서 서명 및 기본적으로 암호화를 켜고 둘 다 이 인증서를 선택하십시오.',
        ],
      },
    },
  },
  generate: {
    title: '키 및 CSR 생성',
    lead: '키 쌍은 이 페이지에서 브라우저가 직접 만듭니다. 개인 키는 어디로도 전송되지 않습니다. 복구할 수 없으니 주문하기 전에 꼭 저장하세요.',
    mode: {
      legend: '키',
      new: '새 키 만들기',
      existing: '기존 키 사용(키를 유지하는 갱신)',
    },
    presets: {
      legend: '인증서 종류',
      dv: {
        label: '웹사이트, 도메인 검증(DV)',
        description: '도메인 이름을 관리하고 있음만 증명합니다. 요청에는 이름만 필요합니다.',
      },
      'ov-ev': {
        label: '웹사이트, 조직 검증 또는 확장 검증(OV/EV)',
        description:
          '인증서에 조직 이름이 표시됩니다. 등록된 그대로 법적 이름과 주소를 입력하세요.',
      },
      'smime-mailbox': {
        label: '이메일(S/MIME), 메일함 검증',
        description: '한 주소의 이메일에 서명하고 암호화합니다. 요청에는 주소만 필요합니다.',
      },
      'smime-organization': {
        label: '이메일(S/MIME), 조직 검증',
        description:
          '조직 이름도 표시되는 이메일 인증서입니다. 조직의 전체 이름과 주소가 필요합니다.',
      },
    },
    names: {
      legend: '인증서에 들어갈 이름',
      emailLabel: '이메일 주소',
      emailHelp: '인증서를 발급받을 메일함입니다.',
      domainsLabel: '도메인 이름',
      domainsHelp:
        '한 줄에 하나씩(또는 쉼표로 구분). 첫 번째가 인증서의 기본 이름이 됩니다. 와일드카드는 *.example.com처럼 입력하세요.',
      domain: (position: number) => `도메인 이름 ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP 주소 ${formatNumber(position)}`,
    },
    organization: {
      legend: '조직',
      fields: {
        countryName: '국가',
        stateOrProvinceName: '시/도',
        localityName: '시/군/구',
        streetAddress: '상세 주소',
        postalCode: '우편번호',
        postOfficeBox: '사서함',
        organizationName: '조직',
        organizationalUnitName: '조직 단위(부서)',
        commonName: '기본 이름',
        emailAddress: '이메일 주소',
      },
      streetLine: (line: number) => `주소 ${formatNumber(line)}행`,
      perLine: (max: number) => `한 줄에 최대 ${formatNumber(max)}자.`,
      countryHelp: '조직이 등록된 국가입니다.',
      countryNone: '— 없음 —',
    },
    algorithms: {
      legend: '키 알고리즘',
      recommended: '권장',
      notes: {
        'RSA-2048': '모든 서버와 메일 프로그램에서 작동합니다. 이메일 인증서에 안전한 선택입니다.',
        'RSA-3072': '더 강한 RSA. 만들고 사용하는 데 조금 더 느립니다. 널리 지원됩니다.',
        'RSA-4096': '강한 RSA. 만드는 데 몇 초가 걸리고 연결 시작이 조금 느려집니다.',
        'RSA-8192':
          'Sectigo가 받는 가장 큰 크기입니다. 만드는 데 1분 정도 걸릴 수 있으며 그럴 가치가 있는 경우는 드뭅니다.',
        'P-256': '최신이며 작고 빠릅니다. RSA 3072만큼 강합니다. 웹사이트에 권장합니다.',
        'P-384': '더 강한 타원 곡선. 조금 더 느립니다. 널리 지원됩니다.',
        'P-521':
          'Sectigo가 받는 가장 강한 곡선입니다. 일부 오래된 소프트웨어는 사용할 수 없습니다.',
      },
    },
    existing: {
      legend: '기존 개인 키',
      help: '지금 사용 중인 개인 키 파일을 붙여 넣거나 여기에 끌어다 놓으세요(PEM 형식, 암호 문구로 보호된 키도 가능). 이 페이지의 메모리에만 남습니다.',
      choose: '키 파일 선택…',
      passphrase: '암호 문구(보호된 키인 경우에만)',
      problems: {
        empty: '개인 키를 붙여 넣거나 파일을 여기에 끌어다 놓으세요.',
        needsPassphrase: '이 키는 암호 문구로 보호되어 있습니다. 암호 문구를 입력하세요.',
        wrongPassphrase: '암호 문구로 이 키를 열 수 없습니다. 다시 시도하세요.',
        unsupported: '이 종류의 키는 여기서 사용할 수 없습니다. 새 키를 만드세요.',
        unreadable:
          '이 페이지에서 읽을 수 있는 개인 키가 아닙니다. 키 파일 전체를 붙여 넣었는지 확인하세요.',
      },
      ownKey: (algorithm: string) => `${algorithm}(내 키)`,
    },
    actions: {
      generate: '키 및 CSR 생성',
      makeCsr: 'CSR 만들기',
      cancel: '취소',
    },
    progress: {
      making: (algorithm: string) => `${algorithm} 키와 CSR을 만드는 중`,
      reading: '키를 읽고 CSR을 만드는 중',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: '확인이 필요한 항목이 있습니다. 각 항목 옆의 메시지를 보세요.',
      cancelled: '취소했습니다. 남아 있는 키는 없습니다.',
      failed:
        'CSR을 만들 수 없습니다. 다시 시도하세요. 다시 실패하면 다른 키 알고리즘을 선택하세요.',
      keyLoss:
        '앞서 만든 개인 키가 아직 저장되지 않았습니다. 새 CSR을 만들면 그 키는 교체되며 복구할 수 없습니다. 그래도 계속할까요?',
    },
    problems: {
      domainsRequired: '도메인 이름을 하나 이상 입력하세요.',
      emailRequired: '이메일 주소를 입력하세요.',
      oneEmail: '인증서 하나에 이메일 주소는 하나만 입력하세요.',
      required: (field: string) => `이 종류의 인증서에는 ${field} 항목이 필수입니다.`,
      oneOf: (fields: string) => `다음 중 하나 이상을 입력하세요: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { other: '최대 #줄까지 입력하세요' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field}이(가) 너무 깁니다. 최대 ${formatNumber(max)}자까지 입력하세요(현재 ${formatNumber(length)}자).`,
        controlCharacter: (field: string) =>
          `${field}에 줄 바꿈, 탭 또는 기타 보이지 않는 문자가 있습니다. 삭제하세요.`,
        countryCode: (field: string) => `${field}: 목록에서 국가를 선택하세요.`,
        printableOnly: (field: string) =>
          `${field}에는 영문자 A–Z, 숫자, 공백과 ' ( ) + , - . / : = ? 만 쓸 수 있습니다.`,
        asciiOnly: (field: string) =>
          `${field}에는 악센트 없는 영문자 A–Z, 숫자, 문장 부호만 쓸 수 있습니다.`,
      },
      names: {
        empty: (field: string) => `${field}이(가) 비어 있습니다.`,
        invalid: (field: string, value: string) =>
          `${field} ‘${value}’은(는) 올바른 도메인 이름이 아닙니다.`,
        tooLong: (field: string, value: string) =>
          `${field} ‘${value}’은(는) 도메인 이름으로는 너무 깁니다.`,
        singleLabel: (field: string, value: string) =>
          `${field} ‘${value}’에는 example.com처럼 두 부분 이상이 필요합니다.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field}에 잘못된 부분 ‘${label}’이(가) 있습니다(‘${value}’ 안). 영문자, 숫자, 하이픈만 쓸 수 있고 한 부분은 최대 63자이며 앞뒤에 하이픈을 쓸 수 없습니다.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} ‘${value}’: 와일드카드(*)는 *.example.com처럼 첫 번째 부분 전체로만 쓸 수 있습니다.`,
        wildcardBare: (field: string, value: string) =>
          `${field} ‘${value}’: 와일드카드 뒤에는 *.example.com처럼 등록된 도메인이 있어야 합니다.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} ‘${value}’은(는) 내부 이름(${suffix}(으)로 끝남)입니다. 공개 인증서는 등록된 도메인 이름에만 발급됩니다.`,
        notIp: (field: string, value: string) =>
          `${field} ‘${value}’은(는) IP 주소(IPv4 또는 IPv6)가 아닙니다.`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value}은(는) 사설 또는 예약된 주소입니다. 공개 인증서에 넣을 수 없습니다.`,
        notEmail: (field: string, value: string) =>
          `${field} ‘${value}’은(는) name@example.com 같은 이메일 주소가 아닙니다.`,
        emailDomain: (field: string, value: string) =>
          `${field} ‘${value}’이(가) 올바른 도메인 이름으로 끝나지 않습니다.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `‘${value}’은(는) 웹 주소처럼 보입니다. 인증서에는 도메인 이름 ${host}만 들어갑니다.`,
      punycode: (value: string, ascii: string) =>
        `${value}은(는) 인증서에 ${ascii}(으)로 기록됩니다.`,
      ipAddress: (value: string) => `${value}은(는) IP 주소입니다. 인증서에 IP 주소로 들어갑니다.`,
    },
    openssl: {
      summary: '키를 직접 만들고 싶으신가요? openssl로 같은 작업하기',
      label: 'openssl req 명령',
    },
    result: {
      titleWithKey: 'CSR 및 개인 키',
      title: 'CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, 이 브라우저에서 ${formatSeconds(seconds, 2)} 만에 만들었습니다.`,
      unsaved:
        '개인 키는 이 페이지에만 있습니다. 주문하거나 페이지를 떠나기 전에 다운로드하세요(또는 안전한 곳에 복사하세요). 복구할 수 없으며 개인 키가 없으면 인증서를 쓸 수 없습니다.',
      saved: '키를 저장했습니다. 비공개로 보관하세요. 인증서와 함께 설치합니다.',
      csr: '인증서 서명 요청(CSR)',
      downloadCsr: 'CSR 다운로드(.csr)',
      next: '다음 단계: 이 CSR로 인증서를 주문하세요. 발급되면 개인 키와 함께 설치하세요.',
      inspect: '이 CSR 확인',
      order: '주문에 사용',
      keyTitle: '개인 키',
      downloadKey: '개인 키 다운로드(.key)',
      showKey: '개인 키 표시',
      hideKey: '개인 키 숨기기',
      savedCheck: '개인 키를 저장했습니다',
      keyBlock: '개인 키(PKCS#8, 암호화되지 않음)',
      encrypt: {
        summary: '암호 문구로 암호화해 저장(권장)',
        help: (rounds: number) =>
          `키는 AES-256과 암호 문구에서 파생한 키로 암호화됩니다(PBKDF2-HMAC-SHA256, ${formatNumber(rounds)}회). openssl, nginx, Apache, Windows에서 읽을 수 있습니다. 암호 문구도 키만큼 안전하게 보관하세요.`,
        passphrase: '암호 문구',
        passphraseHelp: (min: number) => `${formatNumber(min)}자 이상.`,
        tooShort: (min: number) =>
          `암호 문구가 너무 짧습니다. ${formatNumber(min)}자 이상 사용하세요(서로 관계없는 단어 몇 개가 좋습니다).`,
        again: '암호 문구 확인',
        differ: '두 암호 문구가 다릅니다.',
        button: '키 암호화',
        busy: '암호화하는 중…',
        download: '암호화된 키 다운로드(.key)',
        failed: '키를 암호화할 수 없습니다. 다시 시도하세요.',
      },
    },
  },
};

export default ko;
