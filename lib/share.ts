// Share links for the article share bar: plain URLs, no third-party scripts.

export interface ShareTarget {
  id: "x" | "facebook" | "hatena" | "line";
  label: string;
  href: string;
}

export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { id: "x", label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { id: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: "hatena", label: "はてなブックマーク", href: `https://b.hatena.ne.jp/add?mode=confirm&url=${u}&title=${t}` },
    { id: "line", label: "LINE", href: `https://social-plugins.line.me/lineit/share?url=${u}&text=${t}` },
  ];
}
