/**
 * Rapportkoll's settings inside an .xlsx. In Excel the task pane stores them with
 * Office.context.document.settings, which Excel writes into the add-in's web-extension part
 * (xl/webextensions/webextension*.xml, <we:property name="rapportkoll.settings" value="JSON"/>).
 * The preview reads them from there, and when the opened file had that part it carries the
 * part over on save with the current settings. A file without it gets no new part: adding one
 * would make Excel offer the add-in's pane to everyone who opens the file.
 */
import JSZip from "jszip";

export const SETTINGS_PROPERTY = "rapportkoll.settings";
const FOLDER = "xl/webextensions/";
const TASKPANES_REL =
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";

/** The add-in's parts of an opened file, kept to be written back. */
export interface AddinParts {
  files: Map<string, Uint8Array | string>;
  /** The root relationship to the task panes part, if the file had one. */
  rootRelationship: string | null;
  /** Content-type overrides for the parts. */
  overrides: string[];
}

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const PROPERTY = new RegExp(
  `<(\\w+:)?property\\s+name="${SETTINGS_PROPERTY.replace(".", "\\.")}"\\s+value="([^"]*)"\\s*/>`,
);

export interface ReadSettings {
  settings: unknown;
  parts: AddinParts | null;
}

export async function readAddinSettings(zip: JSZip): Promise<ReadSettings> {
  const names = Object.keys(zip.files).filter(
    (n) => n.startsWith(FOLDER) && !zip.files[n].dir,
  );
  if (names.length === 0) return { settings: null, parts: null };
  let settings: unknown = null;
  const files = new Map<string, Uint8Array | string>();
  for (const name of names) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) {
      const text = await zip.file(name)!.async("string");
      files.set(name, text);
      const match = PROPERTY.exec(text);
      if (match && settings === null) {
        try {
          settings = JSON.parse(unescape(match[2]));
          // Tolerate the object stored as JSON text inside JSON, as the command line does.
          if (typeof settings === "string") settings = JSON.parse(settings);
        } catch {
          settings = null;
        }
      }
    } else {
      files.set(name, await zip.file(name)!.async("uint8array"));
    }
  }
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const rootRelationship =
    [...rels.matchAll(/<Relationship\b[^>]*\/>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(TASKPANES_REL)) ?? null;
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const overrides = [...types.matchAll(/<Override\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((o) => o.includes(`PartName="/${FOLDER}`));
  return { settings, parts: { files, rootRelationship, overrides } };
}

/** Puts the add-in's parts back into a saved file, with the settings as they are now. */
export async function writeAddinSettings(
  zip: JSZip,
  parts: AddinParts,
  settings: unknown,
): Promise<void> {
  const value = escape(JSON.stringify(settings ?? null));
  for (const [name, content] of parts.files) {
    const updated =
      typeof content === "string" && PROPERTY.test(content)
        ? content.replace(
            PROPERTY,
            (_m, prefix: string | undefined) =>
              `<${prefix ?? ""}property name="${SETTINGS_PROPERTY}" value="${value}"/>`,
          )
        : content;
    zip.file(name, updated);
  }
  if (parts.rootRelationship) {
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    let relationship = parts.rootRelationship;
    const id = /Id="([^"]+)"/.exec(relationship)?.[1];
    if (id && ids.has(id)) {
      let n = ids.size + 1;
      while (ids.has(`rIdWe${n}`)) n++;
      relationship = relationship.replace(`Id="${id}"`, `Id="rIdWe${n}"`);
    }
    zip.file(
      "_rels/.rels",
      rels.replace("</Relationships>", `${relationship}</Relationships>`),
    );
  }
  if (parts.overrides.length) {
    const types =
      (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace("</Types>", `${parts.overrides.join("")}</Types>`),
    );
  }
}
