"use client";

import { useEffect, useRef, useState } from "react";
import { ShareIcon } from "./ShareIcon";

/** Copies through a hidden textarea where the Clipboard API is missing or refused (http, old WebViews). */
function copyWithTextarea(text: string): boolean {
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.style.position = "fixed";
  textarea.style.opacity = "0";
  document.body.appendChild(textarea);
  textarea.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  textarea.remove();
  return copied;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or insecure context: fall back below.
  }
  return copyWithTextarea(text);
}

const buttonClass = "pill-button share-button";

export function ShareActions({ url, title }: { url: string; title: string }) {
  const [message, setMessage] = useState("");
  const [canShare, setCanShare] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    setCanShare(typeof navigator.share === "function");
    return () => clearTimeout(timer.current);
  }, []);

  function show(text: string) {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(""), 2500);
  }

  async function onCopy() {
    show((await copyText(url)) ? "URLをコピーしました!" : `コピーできませんでした。URL: ${url}`);
  }

  async function onShare() {
    try {
      await navigator.share({ url, title });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <>
      <button type="button" onClick={onCopy} className={buttonClass}>
        <ShareIcon name="copy" />
        <span className="sr-only sm:not-sr-only">URLをコピー</span>
      </button>
      {canShare ? (
        <button type="button" onClick={onShare} className={buttonClass}>
          <ShareIcon name="share" />
          <span className="sr-only sm:not-sr-only">その他の方法で共有</span>
        </button>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`pointer-events-none fixed inset-x-0 bottom-6 z-50 mx-auto w-fit rounded-full bg-slate-900 px-5 py-2 text-sm text-white shadow-lg transition-opacity ${message ? "opacity-100" : "opacity-0"}`}
      >
        {message}
      </p>
    </>
  );
}
