import type { ErrorParams } from '../../../shared/api/result';
import type { ForecastRun } from '../../../shared/domain/forecastRun';

/**
 * What a run says about itself: each note in English (`notes`, for API users and older clients) and as
 * a code with params (`noteDetails`, same order) that the renderer translates in the `errors` namespace.
 */
export class RunNotes {
  private readonly texts: string[] = [];
  private readonly details: { code: string; params: ErrorParams }[] = [];

  add(text: string, code: string, params: ErrorParams = {}): void {
    this.texts.push(text);
    this.details.push({ code, params });
  }

  fields(): Pick<ForecastRun['parameters'], 'notes' | 'noteDetails'> {
    return { notes: [...this.texts], noteDetails: [...this.details] };
  }
}
