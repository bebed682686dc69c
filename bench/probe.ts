// The in-page half of the harness, installed with page.addInitScript before any page script runs.
// Kept as plain JavaScript text: functions handed to Playwright from tsx-compiled code can carry
// esbuild helpers (`__name`) that don't exist in the page.
//
// window.__bench offers:
//   longTasks            [{ start, duration }] from a buffered Long Tasks observer
//   phase(name)          marks the start of a harness step (phases: [{ name, t }])
//   firstItems           { found, painted } (ms since navigation) once items of the region named
//                        "Timeline" exist, `painted` after the frame that shows them
//   region(name)         the element with role region (a labelled section) of that accessible name
//   itemCount()          timeline items on screen (boxes, ranges, points; not their lines/dots)
//   startFrames() / stopFrames()  requestAnimationFrame deltas in between
//   watch(region, opts)  starts watching a region's DOM; .result() resolves when it has been quiet
//                        (and nothing in it is aria-busy)
//   armHighlight(snippets)  resolves with the time from the next pointerdown to the first new
//                        <mark> in the region "Article" whose text belongs to one of the snippets
export const PROBE_SOURCE = String.raw`
(() => {
  const bench = {
    longTasks: [],
    firstItems: null,
    frames: null,
    phases: [],
    ITEM: '.vis-item:not(.vis-line):not(.vis-dot)',
  };
  window.__bench = bench;
  // Names what the harness is doing from now on, so a long task can be blamed on a step.
  bench.phase = (name) => bench.phases.push({ name, t: performance.now() });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.longTaskError = String(error);
  }

  const afterPaint = (callback) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });
  };
  bench.afterPaint = afterPaint;

  bench.region = (name) => {
    const candidates = document.querySelectorAll(
      'section[aria-label], section[aria-labelledby], [role="region"]',
    );
    for (const element of candidates) {
      let label = element.getAttribute('aria-label');
      if (label === null) {
        const ids = (element.getAttribute('aria-labelledby') || '').split(/\s+/);
        label = ids
          .map((id) => document.getElementById(id))
          .filter(Boolean)
          .map((el) => el.textContent || '')
          .join(' ');
      }
      if (label.trim() === name) return element;
    }
    return null;
  };
  bench.itemCount = () => {
    const region = bench.region('Timeline');
    return region ? region.querySelectorAll(bench.ITEM).length : 0;
  };

  const pollFirstItems = () => {
    const region = bench.region('Timeline');
    if (region && region.querySelector(bench.ITEM)) {
      const found = performance.now();
      bench.firstItems = { found, painted: null };
      afterPaint((painted) => {
        bench.firstItems.painted = painted;
      });
      return;
    }
    requestAnimationFrame(pollFirstItems);
  };
  requestAnimationFrame(pollFirstItems);

  bench.startFrames = () => {
    const deltas = [];
    let last = null;
    bench.frames = { deltas, running: true };
    const tick = (now) => {
      if (!bench.frames || !bench.frames.running) return;
      if (last !== null) deltas.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    if (!bench.frames) return [];
    bench.frames.running = false;
    return bench.frames.deltas;
  };

  // Watches a region until it has been quiet for quietMs (or timeoutMs passes). The result says
  // when its DOM last changed and when the frame after that change was painted, from start.
  // With requireChange false it also resolves once the region has been quiet from the start.
  bench.watch = (name, quietMs, timeoutMs, requireChange = true) => {
    const region = bench.region(name);
    const start = performance.now();
    let last = null;
    let painted = null;
    let mutations = 0;
    const observer = new MutationObserver((records) => {
      const relevant = records.some((record) => {
        const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
        return !(target && target.closest && target.closest('.vis-current-time'));
      });
      if (!relevant) return;
      mutations += records.length;
      const at = performance.now();
      last = at;
      afterPaint((paint) => {
        if (last === at) painted = paint;
      });
    });
    if (region) {
      observer.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const watcher = {
      start,
      early: false,
      // Restarts the clock at an input; a change seen before it is reported as early.
      setStart: (t) => {
        watcher.early = last !== null;
        last = null;
        painted = null;
        mutations = 0;
        watcher.start = t;
      },
      result: () =>
        new Promise((resolve) => {
          const check = () => {
            const now = performance.now();
            const quiet = last === null ? now - watcher.start : now - last;
            // A region that says it is busy (a large view's model gathered in slices) is not
            // settled, however quiet its DOM meanwhile.
            const busy = region !== null && region.querySelector('[aria-busy="true"]') !== null;
            const settled =
              !busy &&
              (last === null ? !requireChange && quiet >= quietMs : painted !== null && quiet >= quietMs);
            if (settled || now - watcher.start > timeoutMs) {
              observer.disconnect();
              resolve({
                found: region !== null,
                early: watcher.early,
                changed: last !== null,
                mutations,
                dom: last === null ? null : last - watcher.start,
                painted: painted === null ? null : painted - watcher.start,
                items: bench.itemCount(),
              });
              return;
            }
            setTimeout(check, 50);
          };
          setTimeout(check, 50);
        }),
    };
    return watcher;
  };

  // Starts a region watch whose clock starts at the next event of that type (a click, a key).
  bench.watchFromInput = (name, type, quietMs, timeoutMs) => {
    const watcher = bench.watch(name, quietMs, timeoutMs);
    let armed = true;
    window.addEventListener(
      type,
      (event) => {
        if (!armed) return;
        armed = false;
        watcher.setStart(event.timeStamp);
      },
      { capture: true },
    );
    return watcher;
  };

  bench.armHighlight = (snippets, timeoutMs) => {
    const before = new Set(document.querySelectorAll('mark'));
    let start = null;
    window.addEventListener(
      'pointerdown',
      (event) => {
        if (start === null) start = event.timeStamp;
      },
      { capture: true },
    );
    return new Promise((resolve) => {
      const t0 = performance.now();
      const check = () => {
        const article = bench.region('Article');
        const mark = article
          ? [...article.querySelectorAll('mark')].find((m) => {
              const text = (m.textContent || '').trim();
              return !before.has(m) && text !== '' && snippets.some((s) => s.includes(text));
            })
          : undefined;
        if (mark && start !== null) {
          const seen = performance.now();
          afterPaint((painted) =>
            resolve({ ok: true, dom: seen - start, painted: painted - start }),
          );
          return;
        }
        if (performance.now() - t0 > timeoutMs) {
          const marks = article ? article.querySelectorAll('mark').length : 0;
          resolve({
            ok: false,
            reason: !article
              ? 'no Article region'
              : start === null
                ? 'the click did not arrive'
                : 'no new highlight (' + marks + ' marks, event ' + new URLSearchParams(location.search).get('event') + ')',
          });
          return;
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  };
})();
`;
