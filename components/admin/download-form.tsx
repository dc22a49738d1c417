type Field = { name: string; label: string; options: { value: string; label: string }[]; value: string };

/**
 * A plain GET form whose answer is a file download (Content-Disposition: attachment): the page
 * stays where it is, and it works without JavaScript.
 */
export function DownloadForm({ action, id, label, fields, submit }: { action: string; id: string; label: string; fields: Field[]; submit: string }) {
  return (
    <form method="get" action={action} className="admin-form" aria-label={label}>
      <div className="inline-fields">
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
            <select id={`${id}-${field.name}`} name={field.name} defaultValue={field.value}>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
