import { collect as enCollect } from '../../../i18n/en/collect';
import { useMessages } from '../../../i18n/useMessages';

/** Step 5: short install steps for the common mail programs, a phone's included. */
export function InstallSteps() {
  const messages = useMessages({ collect: enCollect });
  const { install } = messages.collect;
  const clients = [install.outlook, install.appleMail, install.iphone, install.thunderbird];
  return (
    <section aria-labelledby="collect-install-title" class="install-steps">
      <h3 id="collect-install-title">5. {install.title}</h3>
      <p>{install.intro}</p>
      <div class="install-clients">
        {clients.map((client) => (
          <section key={client.name} class="install-client" aria-label={client.name}>
            <h4>{client.name}</h4>
            <ol>
              {client.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
