/**
 * The collect step of the ordering page (requestandcollectsmime.txt): ask Sectigo
 * (RequestAndCollectSMIME, posted into a new tab: the page cannot read a
 * cross-origin answer), bring the answer back by paste or file, check the key
 * the customer saved against the certificate, build the .p12, install it.
 */
import { useMemo, useState } from 'preact/hooks';
import { collect as enCollect } from '../../../i18n/en/collect';
import { params as enParams } from '../../../i18n/en/params';
import { useMessages } from '../../../i18n/useMessages';
import { useKeptState, useSession } from '../../../session';
import { postInNewTab } from '../../order/postForm';
import type { KeyCheck } from './collectCrypto';
import { CollectAnswerStep } from './CollectAnswerStep';
import { CollectAsk } from './CollectAsk';
import { CollectFile, MIN_FILE_PASSWORD } from './CollectFile';
import { CollectKey } from './CollectKey';
import { buildCollectRequest, collectProblems, type CollectForm } from './collectRequest';
import { InstallSteps } from './InstallSteps';
import { readAnswer } from './readAnswer';

const loadCrypto = () => import('./collectCrypto');

interface CollectState {
  readonly form: Omit<CollectForm, 'loginPassword'>;
  readonly asked: boolean;
  readonly attempted: boolean;
  readonly answerText: string;
  readonly keySource: 'session' | 'file';
  readonly keyText: string;
}

export function CollectFlow({
  orderNumber,
  loginName,
  onBack,
}: {
  readonly orderNumber?: string;
  readonly loginName: string;
  readonly onBack: () => void;
}) {
  const messages = useMessages({ collect: enCollect, params: enParams });
  const words = messages.collect;
  const session = useSession();
  const hasSessionKey = session.privateKeyPem !== undefined;
  const [state, setState] = useKeptState<CollectState>('shop.collect', () => ({
    form: { mode: 'account', orderNumber: orderNumber ?? '', loginName, collectionCode: '' },
    asked: false,
    attempted: false,
    answerText: '',
    keySource: hasSessionKey ? 'session' : 'file',
    keyText: '',
  }));
  // Secrets stay in this component only.
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [check, setCheck] = useState<KeyCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [p12Password, setP12Password] = useState('');
  const [p12Confirm, setP12Confirm] = useState('');
  const [legacy, setLegacy] = useState(false);
  const [building, setBuilding] = useState(false);
  const [buildAttempted, setBuildAttempted] = useState(false);
  const [buildFailed, setBuildFailed] = useState(false);
  const [file, setFile] = useState<{ der: Uint8Array; filename: string } | null>(null);

  const update = (patch: Partial<CollectState>) => {
    setState((previous) => ({ ...previous, ...patch }));
  };
  const form: CollectForm = { ...state.form, loginPassword: password };
  const problems = state.attempted ? collectProblems(messages, form) : {};
  const answer = useMemo(() => readAnswer(state.answerText), [state.answerText]);
  const certificates = answer.kind === 'ready' ? answer.certificates : [];
  const useSessionKey = state.keySource === 'session' && hasSessionKey;
  const keyText = useSessionKey ? (session.privateKeyPem ?? '') : state.keyText;
  const encrypted = !useSessionKey && /ENCRYPTED PRIVATE KEY/.test(state.keyText);

  const ask = () => {
    update({ attempted: true });
    if (Object.keys(collectProblems(messages, form)).length > 0) return;
    const built = buildCollectRequest(form);
    if (!built.ok) return;
    postInNewTab(built.form);
    setPassword('');
    update({ attempted: false, asked: true });
  };

  const checkKey = () => {
    setChecking(true);
    setFile(null);
    loadCrypto()
      .then((crypto) => crypto.checkKey(keyText, encrypted ? passphrase : '', certificates))
      .then(setCheck)
      .catch(() => {
        setCheck({ ok: false, reason: 'unreadable' });
      })
      .finally(() => {
        setChecking(false);
      });
  };

  const build = () => {
    setBuildAttempted(true);
    if (p12Password.length < MIN_FILE_PASSWORD || p12Password !== p12Confirm) return;
    setBuilding(true);
    setBuildFailed(false);
    loadCrypto()
      .then((crypto) =>
        crypto.makeP12({
          keyText,
          passphrase: encrypted ? passphrase : '',
          certificates,
          password: p12Password,
          legacy,
        }),
      )
      .then((made) => {
        if (!made.ok) {
          setBuildFailed(true);
          return;
        }
        const base = (check?.ok ? check.email : undefined) ?? made.name;
        setFile({
          der: made.der,
          filename: `${base.replace(/[^A-Za-z0-9.@_-]+/g, '_') || 'certificate'}.p12`,
        });
      })
      .catch(() => {
        setBuildFailed(true);
      })
      .finally(() => {
        setBuilding(false);
      });
  };

  return (
    <section aria-labelledby="collect-title" class="collect">
      <h2 id="collect-title">{words.title}</h2>
      <p>{words.intro}</p>
      <CollectAsk
        form={form}
        errors={problems}
        asked={state.asked}
        onChange={(patch) => {
          const { loginPassword, ...rest } = patch;
          if (loginPassword !== undefined) setPassword(loginPassword);
          update({ form: { ...state.form, ...rest } });
        }}
        onAsk={ask}
      />
      <CollectAnswerStep
        text={state.answerText}
        answer={answer}
        onChange={(answerText) => {
          setCheck(null);
          setFile(null);
          update({ answerText });
        }}
      />
      {answer.kind === 'ready' ? (
        <CollectKey
          hasSessionKey={hasSessionKey}
          source={useSessionKey ? 'session' : 'file'}
          keyText={state.keyText}
          passphrase={passphrase}
          encrypted={encrypted}
          check={check}
          busy={checking}
          onSource={(keySource) => {
            setCheck(null);
            update({ keySource });
          }}
          onKey={(text) => {
            setCheck(null);
            update({ keyText: text });
          }}
          onPassphrase={(text) => {
            setCheck(null);
            setPassphrase(text);
          }}
          onCheck={checkKey}
        />
      ) : null}
      {answer.kind === 'ready' && check?.ok ? (
        <CollectFile
          password={p12Password}
          confirm={p12Confirm}
          legacy={legacy}
          busy={building}
          attempted={buildAttempted}
          failed={buildFailed}
          file={file}
          onPassword={(value) => {
            setFile(null);
            setP12Password(value);
          }}
          onConfirm={(value) => {
            setFile(null);
            setP12Confirm(value);
          }}
          onLegacy={(value) => {
            setFile(null);
            setLegacy(value);
          }}
          onBuild={build}
        />
      ) : null}
      {file ? <InstallSteps /> : null}
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack}>
          {messages.common.back}
        </button>
      </div>
    </section>
  );
}
