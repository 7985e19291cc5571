// Small stroke icons (inline SVG, no icon font). Decorative: callers give the control its label.
import type { SVGAttributes } from 'preact';

const PATHS = {
  search: 'M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM13 13l3.5 3.5',
  gear: 'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z M16.2 11.3l1.3 1-1.5 2.6-1.6-.6a6 6 0 0 1-1.6.9l-.3 1.7H9.5l-.3-1.7a6 6 0 0 1-1.6-.9l-1.6.6-1.5-2.6 1.3-1a6 6 0 0 1 0-1.9l-1.3-1 1.5-2.6 1.6.6a6 6 0 0 1 1.6-.9l.3-1.7h3l.3 1.7a6 6 0 0 1 1.6.9l1.6-.6 1.5 2.6-1.3 1a6 6 0 0 1 0 1.9Z',
  trash: 'M4.5 6h11M8 6V4.5h4V6M6 6l.7 10h6.6L14 6',
  external: 'M11 4h5v5M16 4l-7 7M14 12v4H4V6h4',
  download: 'M10 3.5v9M6 9l4 4 4-4M4 16h12',
  upload: 'M10 13V4M6 7.5l4-4 4 4M4 16h12',
  close: 'M5 5l10 10M15 5 5 15',
  check: 'M4.5 10.5l3.5 3.5 7.5-8',
  bookmark: 'M6 3.5h8v13l-4-3-4 3Z',
  filter: 'M3.5 5h13M6 10h8M8.5 15h3',
  chevron: 'M5.5 7.5 10 12l4.5-4.5',
  info: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM10 9v4.5M10 6.5v.01',
  alert: 'M10 3 2.5 16.5h15ZM10 8v4M10 14.5v.01',
  sort: 'M6 4v12M3.5 13.5 6 16l2.5-2.5M14 16V4M11.5 6.5 14 4l2.5 2.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, class: cls = 'pc-icon', ...rest }: { name: IconName; class?: string } & SVGAttributes<SVGSVGElement>) {
  return (
    <svg class={cls} viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" {...rest}>
      <path d={PATHS[name]} />
    </svg>
  );
}
