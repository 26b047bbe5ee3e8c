import { QueryClient, useQuery } from '@tanstack/react-query';
import type { ArticlePage, CallInput, CallName, CallOutput, SearchResult } from '../../shared/api';
import { summarize, type Article } from '../../shared/article';
import type { IndexState } from '../../shared/library';
import type { EventName, Unsubscribe } from '../../shared/events';
import type { JobStatus } from '../../shared/job';
import { describeError } from '../i18n';
import { client } from './client';
import { subscribeEvents } from './events';
import { takeQuietSaves } from './own-saves';

/**
 * The renderer's server state: each call's answer cached by its name and input. An answer
 * stays true until an event or the window's own action says it changed (`refresh`); nothing polls.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
});

/** A call's answer, loaded once and again whenever it is refreshed; a failure as a sentence for the panel. */
export function useCall<N extends CallName>(name: N, input: CallInput<N>): { value?: CallOutput<N>; error?: string } {
  const query = useQuery({
    queryKey: [name, input],
    queryFn: () => client[name](input as never) as Promise<CallOutput<N>>,
  });
  return { value: query.data, error: query.error ? describeError(query.error) : undefined };
}

/** Loads the named calls' answers again (those shown now at once, the others when next shown). */
export function refresh(...names: CallName[]): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => names.includes(query.queryKey[0] as CallName) });
}

/**
 * A job (an export) as its events tell it. Started from the status the call returned, unless
 * an event already brought a newer one; from then on only events move it: nothing is asked again.
 */
export function useJob(started: JobStatus | undefined): JobStatus | undefined {
  const id = started?.id ?? '';
  return useQuery({ queryKey: jobKey(id), queryFn: () => client['jobs.get']({ id }), enabled: !!started }).data;
}

/** Keeps a job's status as its call returned it, unless an event brought a newer one already. */
export function startedJob(job: JobStatus): JobStatus {
  queryClient.setQueryData<JobStatus>(jobKey(job.id), (known) => known ?? job);
  return job;
}

const jobKey = (id: string) => ['jobs.get', { id }];

/** Which answers each event changes (those that carry their own news are kept apart below). */
const library: CallName[] = ['articles.list', 'articles.search', 'articles.facets'];
const changedBy: Record<Exclude<EventName, 'job.progress' | 'library.opening' | 'search.progress'>, CallName[]> = {
  'queue.changed': ['queue.view', 'publog.list', 'queue.publications', ...library],
  'inbox.arrived': ['handoff.status', ...library],
  'library.changed': library,
};

/** Keeps the cache true by main's events, for the life of the window. Returns the unsubscribe. */
export function followEvents(): Unsubscribe {
  return subscribeEvents((event) => {
    if (event.name === 'reconnected') void queryClient.invalidateQueries();
    else if (event.name === 'job.progress') queryClient.setQueryData(jobKey(event.job.id), event.job);
    else if (event.name === 'library.opening') {
      // Newer than any answer on its way: that one is dropped.
      void queryClient.cancelQueries({ queryKey: openingKey });
      queryClient.setQueryData(openingKey, event.status);
    } else if (event.name === 'search.progress') followIndex(event.index);
    else if (event.name === 'library.changed' && takeQuietSaves(event.ids)) void afterQuietSave();
    else void refresh(...changedBy[event.name]);
  });
}

export const openingKey = ['library.opening', {}];

/**
 * After this window's own save of fields no list shows (own-saves.ts): the search hits may
 * change (the body is searched), and a list in order of last change may have a new first row;
 * the other lists and the filters' sources and authors stay as they are.
 */
function afterQuietSave() {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [name, input] }) => name === 'articles.search' || (name === 'articles.list' && (input as { sort?: string }).sort === 'changed'),
  });
}

/** A saved article's row, as the save answered it, in every page of the list that holds it. */
export function showSavedRow(article: Article): void {
  queryClient.setQueriesData<ArticlePage>({ queryKey: ['articles.list'] }, (page) =>
    page?.items.some((row) => row.id === article.id) ? { ...page, items: page.items.map((row) => (row.id === article.id ? summarize(article) : row)) } : page,
  );
}

/**
 * The full-text index moved on: the hits on screen (from titles alone meanwhile) say how far it
 * is; once it is ready they are asked again, now from every field.
 */
function followIndex(index: IndexState) {
  if (index.state === 'ready') return void refresh('articles.search');
  queryClient.setQueriesData<SearchResult>({ queryKey: ['articles.search'] }, (result) =>
    result?.progress ? { ...result, progress: index } : result,
  );
}
