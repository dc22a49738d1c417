import assert from "node:assert/strict";
import { test } from "node:test";
import { isFormPostWithoutScript, withAnswerSlot, withoutReactFormState } from "./answer-scope.mjs";
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

test("a form post without JavaScript loses React's $ACTION_KEY and nothing else, files included", async () => {
  const form = posted([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
    ["$ACTION_KEY", "p/nb/admin/users"],
    ["email", "ola@nordmann.no"],
    ["sheet", new File(["a;b"], "liste.csv", { type: "text/csv" })],
  ]);
  const request = new Response(form);
  const before = { contentType: String(request.headers.get("content-type")), body: Buffer.from(await request.arrayBuffer()) };
  const after = await withoutReactFormState(before.contentType, before.body);
  const read = await new Response(new Uint8Array(after.body), { headers: { "content-type": after.contentType } }).formData();
  assert.deepEqual([...read.keys()], ["$ACTION_REF_1", "$ACTION_1:0", "email", "sheet"]);
  assert.equal(read.get("email"), "ola@nordmann.no");
  assert.equal(await (read.get("sheet") as File).text(), "a;b");
  assert.equal((read.get("sheet") as File).name, "liste.csv");
});

test("only a multipart POST without Next-Action is a form posted without JavaScript", () => {
  const multipart = "multipart/form-data; boundary=x";
  assert.equal(isFormPostWithoutScript({ method: "POST", headers: { "content-type": multipart } }), true);
  assert.equal(isFormPostWithoutScript({ method: "POST", headers: { "content-type": multipart, "next-action": "abc" } }), false);
  assert.equal(isFormPostWithoutScript({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } }), false);
  assert.equal(isFormPostWithoutScript({ method: "GET", headers: { "content-type": multipart } }), false);
});
