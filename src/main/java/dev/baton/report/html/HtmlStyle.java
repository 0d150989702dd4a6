package dev.baton.report.html;

/** The HTML report's stylesheet, inlined into the page so the file stands alone. */
final class HtmlStyle {

    static final String CSS = """
            :root {
              --bg: #f5f6f8; --card: #ffffff; --text: #1f2328; --muted: #5f6a76; --line: #d9dee4; --soft: #f3f5f7;
              --code-bg: #f6f8fa; --link: #0b62c4;
              --pass: #1a7f37; --pass-bg: #e3f6e8; --fail: #cf222e; --fail-bg: #ffebe9;
              --error: #b35900; --error-bg: #fff1e0; --skip: #8a6100; --skip-bg: #fff6cc;
              --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              color-scheme: light dark;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --bg: #0d1117; --card: #161b22; --text: #e6edf3; --muted: #8d96a0; --line: #30363d; --soft: #1c2129;
                --code-bg: #0f141a; --link: #58a6ff;
                --pass: #3fb950; --pass-bg: #12261a; --fail: #f85149; --fail-bg: #2d1417;
                --error: #e3833a; --error-bg: #2b1d10; --skip: #d6a22b; --skip-bg: #2a2310;
              }
            }
            * { box-sizing: border-box; }
            html { scroll-behavior: smooth; }
            body { margin: 0; background: var(--bg); color: var(--text);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            .page { max-width: 1120px; margin: 0 auto; padding: 28px 24px 48px; }
            a { color: var(--link); text-decoration: none; }
            a:hover { text-decoration: underline; }
            code, pre, .url, .file, .method { font-family: var(--mono); font-size: 12.5px; }
            h1, h2, h3, h4, h5 { margin: 0; line-height: 1.3; }

            .passed { --accent: var(--pass); --accent-bg: var(--pass-bg); }
            .failed { --accent: var(--fail); --accent-bg: var(--fail-bg); }
            .error { --accent: var(--error); --accent-bg: var(--error-bg); }
            .skipped { --accent: var(--skip); --accent-bg: var(--skip-bg); }
            .interrupted { --accent: var(--skip); --accent-bg: var(--skip-bg); }
            p.interrupted { margin: 0 0 14px; color: var(--text); background: var(--accent-bg); border-radius: 6px;
              padding: 8px 12px; }

            header.run { background: var(--card); border: 1px solid var(--line); border-top: 6px solid var(--accent);
              border-radius: 10px; padding: 22px 26px 24px; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
            .headline { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
            .headline h1 { font-size: 24px; font-weight: 650; }
            .badge { background: var(--accent); color: #fff; font-weight: 700; font-size: 13px; letter-spacing: .04em;
              text-transform: uppercase; padding: 4px 12px; border-radius: 999px; }
            .meta { color: var(--muted); margin: 8px 0 18px; display: flex; gap: 6px; align-items: center;
              flex-wrap: wrap; }
            .tiles { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px;
              grid-template-columns: repeat(5, minmax(0, 1fr)); }
            .tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft);
              border-left: 4px solid var(--accent, var(--line)); }
            .tile .n { display: block; font-size: 26px; font-weight: 700; color: var(--accent, var(--text));
              font-variant-numeric: tabular-nums; }
            .tile .label { color: var(--muted); font-size: 12.5px; text-transform: uppercase; letter-spacing: .05em; }
            .tile.zero, .tile.total { border-left-color: var(--line); }
            .tile.total .n { color: var(--text); }
            .tile.zero .n { color: var(--muted); opacity: .6; }
            .bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; margin-top: 18px;
              background: var(--soft); }
            .bar span { background: var(--accent); min-width: 4px; }
            .bar span + span { border-left: 2px solid var(--card); }

            .toggle { position: absolute; opacity: 0; pointer-events: none; }
            .filter { margin-left: auto; cursor: pointer; user-select: none; border: 1px solid var(--line);
              border-radius: 999px; padding: 3px 12px; color: var(--text); background: var(--soft); font-size: 13px; }
            .filter::before { content: "\\2610  "; }
            .toggle:checked ~ header .filter { background: var(--fail-bg); border-color: var(--fail);
              color: var(--fail); }
            .toggle:checked ~ header .filter::before { content: "\\2611  "; }
            .toggle:focus-visible ~ header .filter { outline: 2px solid var(--link); outline-offset: 2px; }
            .toggle:checked ~ main .step.passed, .toggle:checked ~ main .step.skipped { display: none; }

            section.timings { margin-top: 20px; background: var(--card); border: 1px solid var(--line);
              border-radius: 10px; padding: 16px 20px; overflow-x: auto; }
            section.timings h2 { font-size: 16px; }
            section.timings table { border-collapse: collapse; margin-top: 10px; width: 100%; }
            section.timings th, section.timings td { text-align: left; padding: 4px 10px;
              border-top: 1px solid var(--line); }
            section.timings td.number { text-align: right; font-variant-numeric: tabular-nums; }
            section.failures { margin-top: 20px; background: var(--card); border: 1px solid var(--line);
              border-left: 4px solid var(--fail); border-radius: 10px; padding: 16px 22px; }
            section.failures h2 { font-size: 16px; display: flex; align-items: center; gap: 8px; }
            .count { background: var(--fail); color: #fff; border-radius: 999px; font-size: 12px; padding: 1px 9px; }
            section.failures ol { margin: 10px 0 0; padding: 0; list-style: none; }
            section.failures li { padding: 8px 0; border-top: 1px solid var(--line); display: flex;
              flex-direction: column; gap: 2px; }
            section.failures li:first-child { border-top: 0; }
            section.failures a { display: flex; gap: 10px; align-items: baseline; font-weight: 600; }
            .why { color: var(--muted); font-family: var(--mono); font-size: 12.5px; padding-left: 62px;
              overflow-wrap: anywhere; white-space: pre-wrap; }

            main { margin-top: 20px; display: flex; flex-direction: column; gap: 20px; }
            .empty { color: var(--muted); }
            section.collection { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
              padding: 18px 22px 20px; }
            .collection-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; padding-bottom: 12px;
              border-bottom: 1px solid var(--line); margin-bottom: 14px; }
            .collection-head h2 { font-size: 18px; }
            .file { color: var(--muted); }
            .tally { margin-left: auto; color: var(--muted); font-size: 13px; }
            .iteration { margin-top: 18px; }
            .iteration h3 { font-size: 14px; display: flex; gap: 10px; align-items: baseline; margin-bottom: 10px;
              padding: 6px 10px; background: var(--soft); border-radius: 6px; }
            .iteration-name { font-family: var(--mono); }
            .container-error { border-left: 4px solid var(--error); background: var(--error-bg); }

            .step { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px;
              padding: 12px 16px; margin-top: 10px; scroll-margin-top: 16px; }
            .step:target { box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 35%, transparent); }
            .step-head { display: flex; align-items: center; gap: 12px; }
            .status { background: var(--accent-bg); color: var(--accent); font-weight: 700; font-size: 11.5px;
              letter-spacing: .06em; padding: 2px 0; border-radius: 4px; min-width: 52px; text-align: center; }
            .step-head h4 { font-size: 15px; font-weight: 600; }
            .where { color: var(--muted); font-size: 12.5px; }
            .step-head .time { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums;
              font-size: 13px; }
            pre { margin: 10px 0 0; padding: 10px 12px; background: var(--code-bg); border: 1px solid var(--line);
              border-radius: 6px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
            pre.message { background: var(--accent-bg); border-color: transparent; color: var(--text); }
            .body pre { max-height: 420px; white-space: pre; }

            .assertions { list-style: none; margin: 10px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
            .assertions li { display: flex; gap: 6px; align-items: baseline; font-family: var(--mono);
              font-size: 12px; border-radius: 4px; padding: 1px 8px; }
            .assertions li.ok { background: var(--soft); border: 1px solid var(--line); }
            .assertions li.bad { flex-basis: 100%; background: var(--fail-bg); padding: 5px 10px; flex-wrap: wrap; }
            .assertions .mark { font-weight: 700; }
            .assertions .ok .mark { color: var(--pass); }
            .assertions .bad .mark, .assertions .bad .label { color: var(--fail); font-weight: 600; }
            .assertions .msg { white-space: pre-wrap; overflow-wrap: anywhere; color: var(--text); }
            .assertions pre.source { flex-basis: 100%; margin: 4px 0 0; white-space: pre; }

            .captures { margin-top: 10px; }
            h5 { font-size: 11.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
              margin-bottom: 4px; }
            table.kv { border-collapse: collapse; width: 100%; font-size: 12.5px; }
            table.kv th { text-align: left; font-weight: 600; padding: 3px 14px 3px 0; width: 1%; white-space: nowrap;
              vertical-align: top; font-family: var(--mono); }
            table.kv td { padding: 3px 0; font-family: var(--mono); overflow-wrap: anywhere; word-break: break-all; }
            table.kv tr + tr { border-top: 1px solid var(--soft); }

            .exchange { margin-top: 8px; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
            .exchange-line { display: flex; align-items: center; gap: 10px; padding: 6px 12px; background: var(--soft);
              cursor: pointer; list-style: none; }
            .exchange-line::-webkit-details-marker { display: none; }
            .exchange-line::before { content: "\\25B8"; color: var(--muted); width: 10px; flex: none; }
            .exchange[open] > .exchange-line::before { content: "\\25BE"; }
            .exchange[open] > .exchange-line { border-bottom: 1px solid var(--line); }
            .ordinal { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
            .method { font-weight: 700; }
            .url { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
            .code { font-family: var(--mono); font-weight: 700; font-size: 12px; padding: 1px 8px; border-radius: 4px;
              background: var(--line); white-space: nowrap; }
            .code.s2 { background: var(--pass-bg); color: var(--pass); }
            .code.s3 { background: #e8f0fe; color: #1a56b8; }
            .code.s4, .code.s5, .code.none { background: var(--fail-bg); color: var(--fail); }
            @media (prefers-color-scheme: dark) { .code.s3 { background: #132443; color: #79b0ff; } }
            .exchange-line .time { color: var(--muted); font-size: 12.5px; font-variant-numeric: tabular-nums;
              min-width: 48px; text-align: right; }
            .part { padding: 10px 14px 12px; }
            .part + .part { border-top: 1px dashed var(--line); }
            .part h5 { margin-bottom: 6px; }
            .request-line code { overflow-wrap: anywhere; word-break: break-all; }
            .part details { margin-top: 6px; }
            .part details > summary { cursor: pointer; color: var(--muted); font-size: 12.5px; }
            .part details > pre { margin-top: 6px; }
            .no-body, .no-response { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; font-style: italic; }

            footer { margin-top: 28px; color: var(--muted); font-size: 12.5px; text-align: center; }
            @media (max-width: 720px) {
              .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
              .why { padding-left: 0; }
            }
            @media print {
              .exchange { display: none; }
              .filter { display: none; }
            }
            """;

    private HtmlStyle() {
    }
}
