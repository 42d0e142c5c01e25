import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  canReschedule,
  canTransition,
  statusPipeline,
  transitionError,
} from '../../../shared/content/status';
import { contentStatuses, type ContentStatus } from '../../../shared/content/model';

describe('content status transitions', () => {
  it('moves forward one stage at a time along the pipeline', () => {
    for (let i = 0; i < statusPipeline.length - 1; i++) {
      expect(canTransition(statusPipeline[i]!, statusPipeline[i + 1]!, 'short_video')).toBe(true);
    }
  });

  it('refuses skipping stages forward', () => {
    expect(canTransition('idea', 'filming', 'short_video')).toBe(false);
    expect(canTransition('idea', 'published', 'short_video')).toBe(false);
    expect(canTransition('scripting', 'scheduled', 'short_video')).toBe(false);
    expect(canTransition('editing', 'published', 'image_text')).toBe(false);
  });

  it('allows stepping back exactly one stage before publishing', () => {
    expect(canTransition('review', 'editing', 'short_video')).toBe(true);
    expect(canTransition('scheduled', 'review', 'short_video')).toBe(true);
    expect(canTransition('scripting', 'idea', 'short_video')).toBe(true);
    expect(canTransition('review', 'scripting', 'short_video')).toBe(false);
    expect(canTransition('scheduled', 'idea', 'short_video')).toBe(false);
  });

  it('cancels from any stage before published, and reopens a cancelled item as an idea', () => {
    for (const s of statusPipeline.filter((s) => s !== 'published')) {
      expect(canTransition(s, 'cancelled', 'short_video')).toBe(true);
    }
    expect(canTransition('published', 'cancelled', 'short_video')).toBe(false);
    expect(allowedNextStatuses('cancelled', 'short_video')).toEqual(['idea']);
    expect(canTransition('cancelled', 'scheduled', 'short_video')).toBe(false);
  });

  it('keeps published final except for the correction back to scheduled', () => {
    expect(allowedNextStatuses('published', 'short_video')).toEqual(['scheduled']);
    for (const s of contentStatuses.filter((s) => s !== 'published' && s !== 'scheduled')) {
      expect(canTransition('published', s, 'live')).toBe(false);
    }
    expect(transitionError('published', 'idea', 'short_video')).toMatch(/published/);
  });

  it('lets live sessions skip filming and editing, in both directions', () => {
    expect(canTransition('scripting', 'review', 'live')).toBe(true);
    expect(canTransition('review', 'scripting', 'live')).toBe(true);
    expect(canTransition('scripting', 'filming', 'live')).toBe(true);
    expect(canTransition('scripting', 'review', 'short_video')).toBe(false);
  });

  it('treats staying put as allowed and explains refusals with the allowed targets', () => {
    for (const s of contentStatuses) expect(canTransition(s, s, 'short_video')).toBe(true);
    expect(transitionError('idea', 'idea', 'short_video')).toBeNull();
    const msg = transitionError('idea', 'review', 'short_video');
    expect(msg).toContain('idea');
    expect(msg).toContain('review');
    expect(msg).toContain('scripting');
  });

  it('agrees between allowedNextStatuses and canTransition for every pair', () => {
    for (const from of contentStatuses) {
      for (const to of contentStatuses) {
        for (const format of ['short_video', 'live', 'image_text'] as const) {
          const listed = from === to || allowedNextStatuses(from as ContentStatus, format).includes(to);
          expect(canTransition(from, to, format)).toBe(listed);
        }
      }
    }
  });

  it('lets everything but published items be rescheduled', () => {
    expect(canReschedule('published')).toBe(false);
    for (const s of contentStatuses.filter((s) => s !== 'published')) expect(canReschedule(s)).toBe(true);
  });
});
