"use client";
// A client leaf only for the nicer path (no reload, pending button, focus on errors): without
// JavaScript the browser posts the same form to the same server action and gets the same page.
import { useActionState, useEffect, useRef, useState } from "react";
import { CONSENT_FIELD, HONEYPOT_FIELD, SUBMISSION_ID_FIELD, type FieldDefinition } from "@/lib/inquiries/fields";
import type { InquiryFormState } from "@/lib/inquiries/submit";

interface InquiryFormProps {
  /** Prefix for element ids, so two forms could share a page. */
  id: string;
  fields: readonly FieldDefinition[];
  action: (previous: InquiryFormState, formData: FormData) => Promise<InquiryFormState>;
  privacyPath: string;
  /** The address for readers whose inquiry could not be stored, and a mailto: link to it. */
  contact: { email: string; href: string };
}

/** Not crypto.randomUUID: that exists only on HTTPS pages, and the site may be served over HTTP. */
function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const INITIAL_STATE: InquiryFormState = { status: "idle" };

const inputClass =
  "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 dark:aria-[invalid=true]:border-red-400 dark:aria-[invalid=true]:ring-red-400 border-slate-400 dark:border-slate-500";

export function InquiryForm({ id, fields, action, privacyPath, contact }: InquiryFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  // Made in the browser after hydration: the page is static, so an id in its HTML would be
  // everyone's. Without JavaScript the field stays empty and the server makes one.
  const [freshId, setFreshId] = useState("");
  useEffect(() => setFreshId(newSubmissionId()), []);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  if (state.status === "stored") {
    return (
      <div ref={messageRef} tabIndex={-1} role="status" className="rounded-lg border border-green-700 bg-green-50 p-5 dark:border-green-400 dark:bg-slate-900">
        <h3 className="text-lg font-bold">お問い合わせを受け付けました</h3>
        <p className="mt-2 leading-relaxed">
          ご相談ありがとうございます。内容を確認のうえ、2営業日以内に担当者からメールでご連絡します。
        </p>
      </div>
    );
  }

  const values = state.status === "idle" ? null : state.values;
  const errors = state.status === "invalid" ? state.errors : {};
  const submissionId = state.status === "idle" ? freshId : state.submissionId;
  const errorCount = Object.keys(errors).length;

  return (
    // noValidate: the server checks everything and explains in Japanese beside each field,
    // instead of the browser's own bubbles in the browser's language.
    <form action={formAction} noValidate className="grid gap-5">
      <div ref={messageRef} tabIndex={-1} className="empty:hidden">
        {state.status === "invalid" ? (
          <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900 dark:border-red-400 dark:bg-slate-900 dark:text-red-200">
            <p className="font-bold">入力内容を確認してください（{errorCount}件）</p>
            <ul className="mt-2 list-disc pl-5">
              {fields
                .filter((field) => errors[field.name])
                .map((field) => (
                  <li key={field.name}>
                    <a href={`#${id}-${field.name}`} className="underline">
                      {errors[field.name]}
                    </a>
                  </li>
                ))}
              {errors[CONSENT_FIELD] ? (
                <li>
                  <a href={`#${id}-${CONSENT_FIELD}`} className="underline">
                    {errors[CONSENT_FIELD]}
                  </a>
                </li>
              ) : null}
            </ul>
          </div>
        ) : null}
        {state.status === "refused" ? (
          <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-sm font-bold leading-relaxed text-red-900 dark:border-red-400 dark:bg-slate-900 dark:text-red-200">
            {state.message}
          </p>
        ) : null}
        {state.status === "failed" ? (
          <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-sm leading-relaxed text-red-900 dark:border-red-400 dark:bg-slate-900 dark:text-red-200">
            <p className="font-bold">{state.message}</p>
            <p className="mt-2">
              メール:{" "}
              <a href={contact.href} className="font-bold underline">
                {contact.email}
              </a>
              （下のフォームの入力内容をコピーしてお使いいただけます）
            </p>
          </div>
        ) : null}
      </div>

      <input type="hidden" name={SUBMISSION_ID_FIELD} value={submissionId} />

      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = errors[field.name];
        const describedBy = [field.hint ? `${fieldId}-hint` : "", error ? `${fieldId}-error` : ""].filter(Boolean).join(" ");
        const common = {
          id: fieldId,
          name: field.name,
          defaultValue: values?.fields[field.name] ?? "",
          maxLength: field.maxLength,
          required: field.required,
          autoComplete: field.autoComplete,
          placeholder: field.placeholder,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy || undefined,
          className: inputClass,
        };
        return (
          <div key={field.name}>
            <label htmlFor={fieldId} className="flex items-center gap-2 font-bold">
              {field.label}
              {field.required ? <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs text-white">必須</span> : null}
            </label>
            {field.hint ? (
              <p id={`${fieldId}-hint`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {field.hint}
              </p>
            ) : null}
            {field.multiline ? <textarea rows={6} {...common} /> : <input type={field.type} {...common} />}
            {error ? (
              <p id={`${fieldId}-error`} className="mt-1 text-sm font-bold text-red-800 dark:text-red-300">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}

      {/* Bots fill every field; people never see this one, and screen readers skip it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>この欄には何も入力しないでください</label>
        <input id={`${id}-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        <div className="flex items-start gap-2">
          <input
            id={`${id}-${CONSENT_FIELD}`}
            type="checkbox"
            name={CONSENT_FIELD}
            value="yes"
            defaultChecked={values?.consent ?? false}
            required
            aria-invalid={errors[CONSENT_FIELD] ? true : undefined}
            aria-describedby={errors[CONSENT_FIELD] ? `${id}-${CONSENT_FIELD}-error` : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <label htmlFor={`${id}-${CONSENT_FIELD}`} className="leading-relaxed">
            <a href={privacyPath} target="_blank" rel="noopener" className="text-brand-700 underline dark:text-brand-100">
              プライバシーポリシー
              <span className="sr-only">（新しいタブで開きます）</span>
            </a>
            に同意します
            <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">必須</span>
          </label>
        </div>
        {errors[CONSENT_FIELD] ? (
          <p id={`${id}-${CONSENT_FIELD}-error`} className="mt-1 text-sm font-bold text-red-800 dark:text-red-300">
            {errors[CONSENT_FIELD]}
          </p>
        ) : null}
      </div>

      <div>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-8 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "送信中…" : "送信する"}
        </button>
      </div>
    </form>
  );
}
