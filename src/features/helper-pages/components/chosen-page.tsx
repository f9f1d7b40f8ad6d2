import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { setReturnedState } from '@/components/services/login-round-trip';
import { setHelperChoice } from '@/components/services/helper-round-trip';
import { MessagePanel } from '@/components/ui/message-panel';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { routeTo } from '@/lib/routes/paths';
import { resolveReturnOnce, type ReturnOutcome } from '@/features/helper-pages/lib/resolve-return';

/** Hands the page state back (as a login would) and the selection to the page that asked for it. */
function arrive(
  navigate: ReturnType<typeof useNavigate>,
  to: { to: string; appState?: unknown },
  outcome?: ReturnOutcome,
) {
  if (to.appState !== undefined) setReturnedState(to.appState);
  if (outcome?.kind === 'go' && outcome.choice) setHelperChoice(outcome.choice.slot, outcome.choice.selection);
  void navigate(to.to, { replace: true });
}

/**
 * `#/chosen`: where a browse-collections helper page sends its answer, and its Cancel. The user goes
 * back to the page they left, with what they had typed; a broken answer is explained, never followed.
 */
export function ChosenPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const outcome = resolveReturnOnce(search);
  useEffect(() => {
    if (outcome.kind === 'go') arrive(navigate, outcome, outcome);
  }, [outcome, navigate]);

  if (outcome.kind === 'go') return <Spinner label="Returning" />;
  if (outcome.kind === 'broken') {
    const back = outcome.back;
    return (
      <div className="p-6">
        <MessagePanel
          role="alert"
          tone="error"
          title="The choice that came back cannot be used"
          actions={back ? <Button onClick={() => arrive(navigate, back)}>Back to where you were</Button> : null}
        >
          <ul className="list-disc pl-5">
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">Nothing was changed. Go back and choose again.</p>
        </MessagePanel>
      </div>
    );
  }
  const sel = outcome.selection;
  return (
    <div className="p-6">
      <MessagePanel
        role="alert"
        tone="warning"
        title="Nothing was waiting for this choice"
        actions={
          sel ? (
            <Link
              className="text-sm text-blue-800 underline"
              to={routeTo.files({ originId: sel.endpointId, originPath: sel.path })}
            >
              Open the chosen folder in the file manager
            </Link>
          ) : (
            <Link className="text-sm text-blue-800 underline" to={routeTo.files()}>
              Go to the file manager
            </Link>
          )
        }
      >
        <p>A collection choice arrived, but this tab did not ask for one (or asked more than a day ago).</p>
      </MessagePanel>
    </div>
  );
}
