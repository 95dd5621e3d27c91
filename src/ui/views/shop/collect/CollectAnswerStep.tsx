import { TextDrop } from '../../../components/TextDrop';
import { collect as enCollect } from '../../../i18n/en/collect';
import { useMessages } from '../../../i18n/useMessages';
import type { CollectAnswer } from './readAnswer';

/** Step 2: Sectigo's answer, pasted or dropped, read and explained. */
export function CollectAnswerStep({
  text,
  answer,
  onChange,
}: {
  readonly text: string;
  readonly answer: CollectAnswer;
  readonly onChange: (text: string) => void;
}) {
  const messages = useMessages({ collect: enCollect });
  const words = messages.collect.answer;
  const status =
    answer.kind === 'ready'
      ? { tone: 'ok', text: words.ready(answer.certificates.length) }
      : answer.kind === 'pending'
        ? { tone: 'warning', text: words.pending }
        : answer.kind === 'available'
          ? { tone: 'warning', text: words.available }
          : answer.kind === 'error'
            ? { tone: 'error', text: words.codes[answer.code] ?? words.otherError(answer.code) }
            : answer.kind === 'not-an-answer'
              ? { tone: 'error', text: words.notAnswer }
              : null;
  return (
    <section aria-labelledby="collect-answer-title">
      <h3 id="collect-answer-title">2. {messages.collect.steps.answer}</h3>
      <label for="collect-answer">{words.label}</label>
      <p class="help" id="collect-answer-help">
        {words.help}
      </p>
      <TextDrop
        id="collect-answer"
        value={text}
        onChange={onChange}
        rows={6}
        chooseLabel={words.choose}
        describedBy="collect-answer-help"
        invalid={answer.kind === 'error' || answer.kind === 'not-an-answer'}
      />
      {status ? (
        <p
          class={`notice ${status.tone}`}
          role={status.tone === 'ok' ? 'status' : 'alert'}
          data-answer={answer.kind}
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
