// Contradiction Radar dashboard: polls /contradictions with a cursor and an ETag, so an idle
// dashboard costs one 304 every few seconds. Everything from the API is shown as text, never as HTML.
(() => {
  const POLL_MS = 3000, COUNTS_MS = 15000, BATCHES_MS = 3000;
  const state = { cursor: 0, etag: null, pairs: new Map(), busy: false };
  const $ = (id) => document.getElementById(id);

  function filters() {
    const q = new URLSearchParams();
    if ($('f-topic').value) q.set('topic', $('f-topic').value);
    if ($('f-actor').value) q.set('actor', $('f-actor').value);
    if (Number($('f-score').value) > 0) q.set('minScore', $('f-score').value);
    if ($('f-status').value) q.set('status', $('f-status').value);
    if ($('f-kind').value) q.set('kind', $('f-kind').value);
    return q;
  }

  async function poll() {
    if (state.busy) return;
    state.busy = true;
    try {
      await fetchNew();
    } finally {
      state.busy = false;
    }
  }

  async function fetchNew() {
    const q = filters();
    q.set('since', state.cursor);
    q.set('limit', 100);
    const headers = state.etag ? { 'If-None-Match': state.etag } : {};
    try {
      const response = await fetch('/contradictions?' + q, { headers });
      if (response.status === 304) return setStatus('up to date');
      if (!response.ok) return setStatus('error ' + response.status);
      const page = await response.json();
      page.items.forEach(show);
      state.cursor = page.cursor;
      // Only a complete answer may be cached: with more pages waiting, ask again at once.
      if (page.more) return fetchNew();
      state.etag = response.headers.get('ETag');
      setStatus(state.pairs.size + ' flagged pairs');
    } catch (e) {
      setStatus('offline, retrying');
    }
  }

  function restart() {
    state.cursor = 0;
    state.etag = null;
    state.pairs.clear();
    $('pairs').replaceChildren();
    state.busy = false;
    poll();
  }

  function show(pair) {
    const card = $('pair-template').content.firstElementChild.cloneNode(true);
    card.dataset.id = pair.id;
    card.querySelector('.kind').textContent = pair.kind.replace(/-/g, ' ');
    card.querySelector('.score').textContent = 'score ' + pair.score.toFixed(2)
      + ' · P(contradiction) ' + pair.aToB.contradiction.toFixed(2) + ' → / ← ' + pair.bToA.contradiction.toFixed(2);
    card.querySelector('.topic').textContent = pair.topic;
    card.querySelector('.why').textContent = pair.why ? 'Why: ' + pair.why : '';
    side(card.querySelector('.side.a'), pair.a);
    side(card.querySelector('.side.b'), pair.b);
    review(card, pair.review);
    card.querySelector('.confirm').addEventListener('click', () => decide(card, 'confirmed'));
    card.querySelector('.dismiss').addEventListener('click', () => decide(card, 'dismissed'));
    card.dataset.strength = strength(pair);
    const old = state.pairs.get(pair.id);
    if (old) old.replaceWith(card); else place(card);
    state.pairs.set(pair.id, card);
  }

  // How strong a pair's evidence is, for the order "strongest first": pairs that rest on more than
  // the model's word (a denial, numbers, an action said to have stopped) first, then by how much
  // the model agrees with itself both ways. An order, not a probability.
  function strength(pair) {
    const both = Math.min(pair.aToB.contradiction, pair.bToA.contradiction);
    const evidence = pair.kind === 'denial' || pair.kind === 'numeric' || (pair.why || '').startsWith('one says');
    return (evidence ? 1 : 0) + both;
  }

  function place(card) {
    const list = $('pairs');
    if ($('f-order').value === 'newest') return list.prepend(card); // newest on top
    const after = [...list.children].find((c) => Number(c.dataset.strength) < Number(card.dataset.strength));
    list.insertBefore(card, after || null);
  }

  function side(el, s) {
    el.querySelector('.who').textContent = s.actor.name + (s.actor.asWritten && s.actor.asWritten !== s.actor.name ? ' (“' + s.actor.asWritten + '”)' : '');
    const where = [s.source || s.title, s.publishedAt ? s.publishedAt.slice(0, 10) : null, s.actor.side].filter(Boolean);
    el.querySelector('.where').textContent = where.join(' · ');
    highlight(el.querySelector('.sentence'), s.sentence, s.text);
  }

  /** The sentence as text, with the statement inside it marked. */
  function highlight(el, sentence, statement) {
    const at = sentence.indexOf(statement);
    if (at < 0) {
      el.append(document.createTextNode(sentence + ' '));
      const mark = document.createElement('mark');
      mark.textContent = statement;
      return el.append(mark);
    }
    const mark = document.createElement('mark');
    mark.textContent = statement;
    el.append(document.createTextNode(sentence.slice(0, at)), mark, document.createTextNode(sentence.slice(at + statement.length)));
  }

  function review(card, r) {
    card.classList.remove('flagged', 'confirmed', 'dismissed');
    card.classList.add(r ? r.status : 'flagged');
    card.querySelector('.review').textContent = r && r.status !== 'flagged'
      ? r.status + (r.reason ? ' (' + r.reason + ')' : '') + (r.comment ? ': ' + r.comment : '') : 'new';
  }

  async function decide(card, status) {
    const comment = card.querySelector('.comment').value;
    const reason = status === 'dismissed' ? card.querySelector('.reason').value : '';
    const body = reason ? { status, comment, reason } : { status, comment };
    const response = await fetch('/contradictions/' + card.dataset.id, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
    if (!response.ok) return setStatus('could not save: ' + response.status);
    const pair = await response.json();
    if ($('f-status').value && $('f-status').value !== pair.review.status) {
      card.remove();
      state.pairs.delete(pair.id);
    } else {
      show(pair);
    }
  }

  async function counts() {
    try {
      const [topics, actors] = await Promise.all([fetch('/topics').then(r => r.json()), fetch('/actors').then(r => r.json())]);
      list($('topics'), topics.filter(t => t.contradictions > 0).slice(0, 15), t => t.label + ' — ' + t.contradictions, t => choose('f-topic', t.id, t.label));
      list($('actors'), actors.slice(0, 15), a => a.name + ' — ' + a.statements + ' statements, ' + a.contradictions + ' pairs', a => choose('f-actor', a.id, a.name));
      options($('f-topic'), topics.filter(t => t.contradictions > 0).map(t => [t.id, t.label]));
      options($('f-actor'), actors.map(a => [a.id, a.name]));
    } catch (e) { /* the next round will try again */ }
  }

  // The queue across all replicas and the latest batches, each with a progress bar.
  async function batches() {
    try {
      const answer = await fetch('/batches?limit=5').then(r => r.json());
      const q = answer.queue;
      $('queue').textContent = q.queued + q.running === 0 ? 'no queued articles'
        : q.queued + ' queued, ' + q.running + ' running' + (q.oldestQueuedSeconds != null ? ' (oldest waiting ' + q.oldestQueuedSeconds + ' s)' : '');
      $('batches').replaceChildren(...answer.batches.map(b => {
        const li = document.createElement('li');
        li.dataset.id = b.id;
        const label = document.createElement('div');
        label.textContent = 'Batch ' + b.id + ': ' + b.status + ', ' + (b.done + b.failed) + ' of ' + b.total
          + (b.failed ? ' (' + b.failed + ' failed)' : '') + (b.duplicates ? ', ' + b.duplicates + ' duplicates' : '');
        const bar = document.createElement('progress');
        bar.max = b.total;
        bar.value = b.done + b.failed;
        li.append(label, bar);
        return li;
      }));
    } catch (e) { /* the next round will try again */ }
  }

  function list(ol, items, label, onClick) {
    ol.replaceChildren(...items.map(item => {
      const li = document.createElement('li');
      li.textContent = label(item);
      li.addEventListener('click', () => onClick(item));
      return li;
    }));
  }

  function options(select, pairs) {
    const current = select.value;
    const keep = select.firstElementChild;
    select.replaceChildren(keep, ...pairs.map(([value, text]) => {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = text;
      return o;
    }));
    select.value = current;
  }

  function choose(selectId, value, text) {
    const select = $(selectId);
    if (![...select.options].some(o => o.value === String(value))) options(select, [[value, text]]);
    select.value = String(value);
    restart();
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  $('filters').addEventListener('change', restart);
  restart();
  counts();
  batches();
  setInterval(poll, POLL_MS);
  setInterval(counts, COUNTS_MS);
  setInterval(batches, BATCHES_MS);
})();
