/** What the reviewer knows about pasted text or an uploaded file: all optional. */
export function ArticleDetailsFields() {
  return (
    <fieldset className="stack article-details">
      <legend>About the article (pasted text or file)</legend>
      <div>
        <label htmlFor="headline">Headline</label>
        <input id="headline" name="headline" type="text" maxLength={500} />
      </div>
      <div>
        <label htmlFor="outlet">Outlet</label>
        <input
          id="outlet"
          name="outlet"
          type="text"
          maxLength={200}
          placeholder="e.g. Harbor Times"
        />
      </div>
      <div>
        <label htmlFor="publishedOn">Publication date</label>
        <p className="muted hint" id="publishedOn-hint">
          The day the article appeared (what “said on” shows), as 2026-12-01.
        </p>
        <input
          id="publishedOn"
          name="publishedOn"
          type="text"
          inputMode="numeric"
          pattern="\d{4}-\d{2}-\d{2}"
          placeholder="2026-12-01"
          aria-describedby="publishedOn-hint"
        />
      </div>
      <div>
        <label htmlFor="originalUrl">Original URL</label>
        <input id="originalUrl" name="originalUrl" type="url" placeholder="https://…" />
      </div>
    </fieldset>
  );
}
