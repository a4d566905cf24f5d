// The only module that talks to the Rust side. Every command is wrapped with the types
// ts-rs generates from Rust, and every failure comes out as an ApiError so that the
// screens have exactly one kind of error to show.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { AppInfo } from './bindings/AppInfo';
import type { CountryListing } from './bindings/CountryListing';
import type { PlanExport } from './bindings/PlanExport';
import type { Settings } from './bindings/Settings';
import { language, t } from './i18n/i18n.svelte';
import { pending } from './perf';

export type { ApiError };

// Any code is accepted: the Rust side adds codes over time, and an unknown one is
// still an error worth showing with its message.
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}

function insideTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

/** A refusal the UI itself words (the Rust side was not reached). */
export function localError(message: string): ApiError {
  return { code: 'internal', kind: 'internal', params: {}, message, message_en: message };
}

/** Whatever was thrown, as something the error banner can show. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  if (!insideTauri()) return localError(t('error.notDesktop'));
  // Tauri's own refusals arrive as bare English strings; keep them, for support, after
  // a sentence the user can read.
  if (typeof error === 'string' && error.trim() !== '') {
    return localError(`${t('error.unknownReply')} (${error})`);
  }
  return localError(t('error.unknownReply'));
}

/** The error's message in the language the interface is in. */
export function errorText(error: ApiError): string {
  return language() === 'en' && error.message_en ? error.message_en : error.message;
}

/** Calls a Rust command; each section's api.<section>.ts wraps its commands with this. */
export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  const started = performance.now();
  // Counted while unanswered, so a click's measure (perf.ts) waits for it.
  const answered = pending.begin();
  try {
    const answer = await invoke<T>(command, args);
    logCommand(command, started, { outcome: 'ok' });
    return answer;
  } catch (error) {
    const failure = toApiError(error);
    logCommand(command, started, failure.kind === 'internal' ? { outcome: 'failed' } : { outcome: 'refused', kind: failure.kind });
    throw failure;
  } finally {
    answered();
  }
}

type CommandOutcome = { outcome: 'ok' } | { outcome: 'failed' } | { outcome: 'refused'; kind: string };

/**
 * Tells the app's log that a command ran: its name, milliseconds and outcome, never
 * its arguments or answer (src-tauri/src/command_log.rs checks that). Fire and
 * forget: a log that cannot be written must not fail the command.
 */
function logCommand(command: string, started: number, outcome: CommandOutcome): void {
  if (!insideTauri()) return;
  const millis = Math.round(performance.now() - started);
  invoke('command_log', { name: command, millis, outcome }).catch(() => undefined);
}

export const api = {
  appInfo: (): Promise<AppInfo> => call('app_info'),
  planGet: (): Promise<PlanExport> => call('plan_get'),
  countryList: (): Promise<CountryListing[]> => call('country_list'),
  settingsGet: (): Promise<Settings> => call('settings_get'),
  settingsSet: (settings: Settings): Promise<Settings> => call('settings_set', { settings }),
};
