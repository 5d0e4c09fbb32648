// Small line icons for the share controls: on a phone they stand alone (the label is for screen
// readers), from tablet width up the label shows beside them.

const PATHS = {
  x: <path d="M5 4l14 16M19 4L5 20" strokeWidth="2.4" />,
  facebook: <path d="M14 21v-8h3l.5-3.5H14V7.8c0-1 .3-1.8 1.8-1.8H18V3h-2.8C12.3 3 11 4.7 11 7.4v2.1H8V13h3v8" />,
  hatena: (
    <>
      <path d="M4 5h5a3 3 0 0 1 0 6H4zM4 11h6a3.5 3.5 0 0 1 0 7H4z" />
      <path d="M18 5v9M18 17.5v.5" strokeWidth="2.6" />
    </>
  ),
  line: <path d="M12 4C7 4 3 7.2 3 11.2c0 3.6 3.2 6.6 7.5 7.1l-.5 2.7 4-2.8c4.3-.8 7-3.7 7-7C21 7.2 17 4 12 4z" />,
  copy: (
    <>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </>
  ),
  share: (
    <>
      <path d="M12 15V4M8 8l4-4 4 4" />
      <path d="M6 11H5v9h14v-9h-1" />
    </>
  ),
} as const;

export type ShareIconName = keyof typeof PATHS;

export function ShareIcon({ name }: { name: ShareIconName }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="shrink-0"
    >
      {PATHS[name]}
    </svg>
  );
}
