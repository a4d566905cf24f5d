// Data read from the database, loaded once on first use and shared by every screen
// (Inicio and Plan both need the plan; there is no reason to ask twice).
import { api, toApiError, type ApiError } from './api';
import type { AppInfo } from './bindings/AppInfo';
import type { CountryListing } from './bindings/CountryListing';
import type { PlanExport } from './bindings/PlanExport';

export class Resource<T> {
  data = $state<T | undefined>(undefined);
  error = $state<ApiError | undefined>(undefined);
  #loader: () => Promise<T>;
  #started = false;

  constructor(loader: () => Promise<T>) {
    this.#loader = loader;
  }

  /** Starts loading unless already started; `reload()` asks again after an error. */
  load(): void {
    if (this.#started) return;
    this.reload();
  }

  reload(): void {
    this.#started = true;
    this.error = undefined;
    this.#loader().then(
      (data) => {
        this.data = data;
      },
      (error: unknown) => {
        this.error = toApiError(error);
      },
    );
  }
}

export const appInfo = new Resource<AppInfo>(api.appInfo);
export const plan = new Resource<PlanExport>(api.planGet);
export const countries = new Resource<CountryListing[]>(api.countryList);
