import assert from "node:assert/strict";
import { test } from "node:test";
import { withAnswerSlot } from "./answer-scope.mjs";
import { FORM_ID_FIELD } from "./form-id";
import { noScriptAnswer, rememberNoScriptAnswer, typedValues } from "./no-script-answer";

function posted(entries: [string, string | Blob][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

test("what was typed keeps every value of a field, and leaves out React's fields, the form's id, secrets and files", () => {
  const form = posted([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
    ["$ACTION_KEY", "p/nb/admin/users"],
    [FORM_ID_FIELD, "_R_abc_"],
    ["email", "ola@nordmann"],
    ["locales", "nb"],
    ["locales", "nn"],
    ["newPassword", "hemmelig passord"],
    ["code", "123456"],
    ["sheet", new Blob(["x"])],
  ]);
  assert.deepEqual(typedValues(form), { email: ["ola@nordmann"], locales: ["nb", "nn"] });
});

test("an answer is left only for a form posted without JavaScript (a request with a slot)", async () => {
  const form = posted([
    [FORM_ID_FIELD, "_R_1_"],
    ["email", "ola@nordmann"],
  ]);
  const refused = { message: "Se over feltene som er merket nedenfor.", fieldErrors: { email: "Skriv en e-postadresse." } };
  // With JavaScript (no slot): nothing is kept, and the state goes back unchanged.
  assert.equal(rememberNoScriptAnswer(form, refused), refused);
  assert.equal(noScriptAnswer(), null);

  await withAnswerSlot(async () => {
    await Promise.resolve(); // the action and the page render later in the same request
    rememberNoScriptAnswer(form, refused);
    assert.deepEqual(noScriptAnswer(), { formId: "_R_1_", state: refused, values: { email: ["ola@nordmann"] } });
  });
  await withAnswerSlot(async () => {
    rememberNoScriptAnswer(form, { ok: true, message: "Lagret." });
    // After a save the page shows what was saved, not what was typed.
    assert.deepEqual(noScriptAnswer(), { formId: "_R_1_", state: { ok: true, message: "Lagret." }, values: null });
  });
  await withAnswerSlot(async () => assert.equal(noScriptAnswer(), null));
});

test("a form without an id (not an admin form) leaves no answer", async () => {
  await withAnswerSlot(async () => {
    rememberNoScriptAnswer(posted([["email", "x"]]), { message: "Nei." });
    assert.equal(noScriptAnswer(), null);
  });
});
