package app.progression.render;

/**
 * The page's style sheet, inline so the page loads nothing. Three media: a wide screen (the week as a row of seven
 * days, the wide chart), a narrow screen (each week a list of days, the narrow chart, nothing wider than the
 * phone) and paper (seven days a row again, with a tick box on every session and a pain score on strength).
 */
final class HtmlStyles {

    private HtmlStyles() {
    }

    static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6472; --line: #d5d9e0; --paper: #fff;
              --strength: #2f6db5; --strength-bg: #e6effa; --run: #23824f; --run-bg: #e3f4ea;
              --flex: #a35f00; --flex-bg: #fdf0dc; --cross: #7a4ea3; --cross-bg: #f1e9f9;
              --warn: #8a4b00; --warn-bg: #fff4d6; --warn-line: #e0a400; --stop: #a4161a; --stop-bg: #fdecec;
              --new: #8a2c84; --new-bg: #fbe9f8; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 1180px; padding: 24px; color: var(--ink); background: var(--paper);
              font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              overflow-wrap: break-word; }
            h1 { font-size: 1.8em; margin: 0 0 .2em; }
            h2 { font-size: 1.25em; margin: 0 0 .3em; }
            h3 { font-size: 1em; margin: 0 0 .2em; }
            code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .92em; }
            a { color: inherit; text-decoration-color: var(--line); }
            .meta, .summary, .kind { color: var(--muted); margin: 0 0 .4em; }
            .rules { margin: .4em 0 1em; }
            .stop { background: var(--stop-bg); border: 2px solid var(--stop); border-radius: 6px;
              padding: 8px 14px; margin: 0 0 14px; }
            .stop h2 { color: var(--stop); }
            .stop p { margin: .2em 0; }
            .findings ul { margin: 0; padding-left: 1.2em; }
            .findings li { margin: .25em 0; }
            .warnings { background: var(--warn-bg); border: 2px solid var(--warn-line); border-radius: 6px;
              padding: 10px 16px; margin: 0 0 18px; color: var(--warn); }
            .warnings h2 { color: var(--warn); }
            .warnings ul { margin: 0; padding-left: 1.2em; }
            .warnings li { margin: .2em 0; color: var(--ink); }
            .warnings .broken { color: var(--stop); }
            .icon { display: inline-block; width: 1.3em; height: 1.3em; line-height: 1.3em; border-radius: 50%;
              background: var(--warn-line); color: #fff; text-align: center; font-weight: 700; }
            section { margin: 0 0 22px; }
            .chart { width: 100%; height: auto; display: block; }
            .chart-wide .chart { max-width: 900px; }
            .chart-narrow { display: none; }
            .chart-narrow .chart { max-width: 480px; margin-bottom: 10px; }
            .chart-narrow h3 { margin-top: 8px; }
            .chart text { font-size: 11px; fill: var(--ink); }
            .chart .wk, .chart .value { fill: var(--muted); font-size: 10px; }
            .chart .group { font-weight: 700; font-size: 12px; }
            .chart .cell-text { font-size: 9.5px; }
            .chart.narrow text, .chart.narrow .wk, .chart.narrow .value, .chart.narrow .cell-text { font-size: 11px; }
            .chart.narrow .group { font-size: 12.5px; }
            .chart .cell.strength { fill: var(--strength-bg); stroke: var(--strength); stroke-width: .8; }
            .chart .cell.flexibility { fill: var(--flex-bg); stroke: var(--flex); stroke-width: .8; }
            .chart .bar { fill: var(--run); }
            .chart .bar.easier { fill: #7dbb98; }
            .chart .axis { stroke: var(--muted); stroke-width: 1; }
            .week { border-top: 2px solid var(--ink); padding-top: 6px; }
            .dates { font-weight: 400; color: var(--muted); margin-left: .4em; }
            .easier { display: inline-block; font-size: .75em; font-weight: 600; color: var(--run);
              background: var(--run-bg); border: 1px solid var(--run); border-radius: 999px; padding: 0 .6em;
              margin-left: .4em; vertical-align: .15em; }
            .grid { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px;
              grid-template-columns: repeat(7, minmax(0, 1fr)); }
            .day { border: 1px solid var(--line); border-radius: 6px; padding: 6px; min-height: 4.5em; }
            .day.rest { background: #f6f7f9; }
            .date { font-weight: 700; margin-bottom: 4px; }
            .rest-note { margin: 0; color: var(--muted); }
            .session { border-left: 4px solid; border-radius: 3px; padding: 3px 6px; margin: 0 0 5px; }
            .session.strength { border-color: var(--strength); background: var(--strength-bg); }
            .session.run { border-color: var(--run); background: var(--run-bg); }
            .session.flexibility { border-color: var(--flex); background: var(--flex-bg); }
            .session.cross { border-color: var(--cross); background: var(--cross-bg); }
            .what { font-weight: 700; }
            .time, .pace { color: var(--muted); font-size: .9em; }
            .session ul { margin: 3px 0 0; padding: 0; list-style: none; }
            .session li { margin: 2px 0; overflow-wrap: anywhere; }
            .dose { font-weight: 600; }
            .new-mark { display: block; color: var(--new); background: var(--new-bg); border-radius: 3px;
              padding: 1px 4px; margin-top: 1px; font-size: .88em; font-weight: 600; }
            .tick, .pain { display: none; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px; }
            .cards article { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
            .cards article p { margin: 0; }
            .cards article .kind { font-size: .85em; margin-bottom: .3em; }
            .cards article .new-mark { margin-bottom: .3em; }
            footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 12px; font-size: .9em; }
            @media screen and (max-width: 820px) {
              body { padding: 12px; }
              .grid { grid-template-columns: minmax(0, 1fr); gap: 4px; }
              .day { min-height: 0; display: grid; grid-template-columns: 6.5em minmax(0, 1fr); gap: 0 6px;
                align-items: start; }
              .date { margin: 2px 0 0; grid-column: 1; white-space: nowrap; }
              .day > :not(.date) { grid-column: 2; }
              .cards { grid-template-columns: minmax(0, 1fr); }
            }
            @media screen and (max-width: 640px) {
              .chart-wide { display: none; }
              .chart-narrow { display: block; }
              h1 { font-size: 1.5em; }
            }
            @page { margin: 11mm 10mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 7pt; line-height: 1.2; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h1 { font-size: 15pt; }
              h2 { font-size: 10.5pt; }
              a { text-decoration: none; }
              .chart-narrow { display: none; }
              .chart-wide { display: block; }
              .chart { max-width: 100%; }
              .grid { grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 3px; }
              .day { padding: 3px; border-radius: 3px; min-height: 0; }
              .session { padding: 1px 3px; margin-bottom: 2px; border-left-width: 3px; }
              .session li { margin: 1px 0; }
              .pace { display: none; }
              .date { margin-bottom: 2px; }
              .tick { display: inline-block; width: 8pt; height: 8pt; border: 1pt solid var(--ink); border-radius: 1pt;
                background: #fff; margin-right: 3pt; vertical-align: -1pt; }
              .pain { display: block; margin-top: 2pt; font-weight: 600; white-space: nowrap; }
              .pain .blank { display: inline-block; width: 3em; height: 1.4em; border: 1pt solid var(--ink);
                background: #fff; vertical-align: -.35em; margin-left: 2pt; }
              .stop, .findings, .warnings, .overview, .day, .cards article { break-inside: avoid; page-break-inside: avoid; }
              .week { break-inside: avoid; page-break-inside: avoid; margin-bottom: 10px; }
              .week h2 { break-after: avoid; page-break-after: avoid; }
              .howto { break-before: page; page-break-before: always; }
              .cards { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 5px; }
            }
            """;
}
