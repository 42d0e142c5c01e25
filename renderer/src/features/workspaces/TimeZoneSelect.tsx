import { Select } from 'antd';
import { useMemo } from 'react';

/** Zones planners here mostly need, listed first; every other IANA zone follows, searchable. */
const commonZones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo'];

function offsetOf(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part === 'GMT' ? 'UTC+00:00' : (part ?? '').replace('GMT', 'UTC');
}

/** An IANA time zone picker (the backend validates the zone again); labels carry today's UTC offset. */
export function TimeZoneSelect(props: { value?: string; onChange?(zone: string): void; id?: string }) {
  const options = useMemo(() => {
    const now = new Date();
    const all = Intl.supportedValuesOf('timeZone');
    const ordered = [...commonZones, ...all.filter((z) => !commonZones.includes(z))];
    return ordered.map((zone) => ({ value: zone, label: `${zone} (${offsetOf(zone, now)})` }));
  }, []);
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="workspace-time-zone"
    />
  );
}
