// Runs the page's one task poll. Every component that shows watched tasks calls this; the first
// one mounted drives the query (so there is exactly one timer, whoever mounts), the others only
// observe it, and when the driver unmounts the next one takes over.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskPoller, taskPollQueryOptions, type TaskPollResult } from '@/lib/queries/task-poller';
import { POLLING_QUERY_OPTIONS, usePollingInterval } from '@/lib/queries/use-polling-interval';

let driver: symbol | null = null;
const candidates = new Set<() => void>();

function useIsDriver(): boolean {
  const [me] = useState(() => Symbol('task-poll'));
  const [driving, setDriving] = useState(false);
  useEffect(() => {
    const claim = () => {
      driver ??= me;
      setDriving(driver === me);
    };
    claim();
    candidates.add(claim);
    return () => {
      candidates.delete(claim);
      if (driver === me) {
        driver = null;
        candidates.forEach((c) => c());
      }
    };
  }, [me]);
  return driving;
}

const somethingToPoll = (_answer: TaskPollResult | undefined) => taskPoller.pollIds().length > 0;

export function useTaskPoll(): void {
  const { http } = useServices();
  const driving = useIsDriver();
  const ids = useSyncExternalStore(taskPoller.subscribe, taskPoller.pollIds);
  // Fast while anything watched can still change; off once all of it has finished.
  const refetchInterval = usePollingInterval(somethingToPoll, false);
  const poll = useQuery({
    ...taskPollQueryOptions(http),
    ...POLLING_QUERY_OPTIONS,
    refetchInterval: driving ? refetchInterval : false,
    enabled: driving && ids.length > 0,
  });
  const { isFetching, refetch } = poll;
  // A newly watched task is asked about at once rather than at the next tick; a request already
  // out is left to finish first, and this runs again when it has.
  useEffect(() => {
    if (driving && !isFetching && taskPoller.hasUnasked()) void refetch();
  }, [driving, ids, isFetching, refetch]);
}
