// Kartla's island loader, inlined into every page (see `app::IslandScripts`). Pages are plain
// HTML; only the parts marked as islands need the WebAssembly. A page without islands loads
// nothing. An island inside `[data-load-after]` (the session warning) waits until that many
// milliseconds have passed, so a page whose only island is the warning loads the WebAssembly
// only when the warning may be due; `[data-activity-key]` names where the page load is noted
// as use. When every island that is due has been hydrated,
// `<body data-hydrated="true">` marks the page as interactive, for people and tests alike.
// Islands are hydrated one by one in document order: an island used inside another island's
// view is hydrated with it, but one passed as another island's children would not be (this
// loader does not run Leptos's children callbacks), so Kartla never nests them that way.
((js, wasm, messages) => {
  const body = document.body;
  const islands = [...document.querySelectorAll('leptos-island')];
  const later = (el) => el.closest('[data-load-after]');
  const now = islands.filter((el) => !later(el));
  const wait = islands.filter(later);
  let loading = null;
  // The WebAssembly and the page's language (its messages, fetched alongside) together.
  const load = () => (loading ??= Promise.all([
    import(js).then(async (mod) => {
      await mod.default({ module_or_path: wasm });
      return mod;
    }),
    fetch(messages).then((r) => (r.ok ? r.text() : '')).catch(() => ''),
  ]).then(([mod, text]) => {
    mod.hydrate(text);
    return mod;
  }));
  const hydrate = async (els) => {
    const mod = await load();
    for (const el of els) {
      const island = mod[el.dataset.component];
      if (island) await island(el);
      else console.warn(`no island ${el.dataset.component}`);
    }
  };
  const interactive = () => body.setAttribute('data-hydrated', 'true');
  if (now.length) hydrate(now).then(interactive);
  else interactive();
  for (const el of wait) {
    const { loadAfter, activityKey } = later(el).dataset;
    // This page load is use, seen by the person's other tabs too.
    if (activityKey) {
      try { localStorage.setItem(activityKey, String(Date.now())); } catch { /* storage off */ }
    }
    setTimeout(() => hydrate([el]), Number(loadAfter) || 0);
  }
})
