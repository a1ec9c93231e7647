// The dashboard's charts (作战图). Data and translated labels come from the page
// (json_script "dashboard-data", built by pacesetter/web/dashboard.py); every bar and axis
// label opens its indicator, unit or project page for the same month.
(function () {
  "use strict";
  const INK = "#1d2733";
  const BAR = { met: "#1f5f8b", green: "#2f6f4f", yellow: "#d49a00", red: "#b3261e", missing: "#9aa3ad" };
  const TEXT = { met: "#1f5f8b", green: "#2f6f4f", yellow: "#8a5a00", red: "#b3261e", missing: "#5b6672" };
  // The page's own faces: ECharts measures labels with this font when it truncates them, and
  // a Latin default would measure “ ” narrower than the CJK face that draws them.
  const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
  const ROW = 24; // px per bar: the box scrolls inside when there are many
  const PAD = 30; // room for the percent axis

  function percentAxis(rows, box) {
    // Whole quarters up to the longest bar (at least 100 %); halves on a narrow box, so the
    // ticks never collide.
    const longest = Math.max(0, ...rows.map((r) => r.value || 0));
    const top = Math.max(100, Math.ceil(longest / 25) * 25);
    return {
      type: "value",
      min: 0,
      max: top,
      interval: top > 100 || box.clientWidth < 420 ? 50 : 25,
      position: "top",
      axisLabel: { formatter: "{value}%", fontSize: 11, color: "#5b6672" },
      splitLine: { lineStyle: { color: "#e5e8ec" } },
    };
  }

  function categoryAxis(rows, width, format) {
    return {
      type: "category",
      inverse: true, // first row on top
      data: rows.map((_, i) => String(i)),
      triggerEvent: true, // the label is a link too
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#9aa3ad" } },
      axisLabel: {
        formatter: (v) => format(rows[Number(v)]),
        width: width,
        overflow: "truncate",
        fontSize: 12,
        color: INK,
        rich: { pillar: { fontWeight: "bold", fontSize: 12, color: INK } },
      },
    };
  }

  // The figures as a column on the right, each in its status colour after its glyph or
  // arrow: a marker or a long bar never covers them, and colour is never the only cue.
  function valueAxis(rows, style) {
    const rich = {};
    Object.keys(TEXT).forEach((k) => (rich[k] = { color: TEXT[k], fontSize: 11 }));
    return {
      type: "category",
      position: "right",
      inverse: true,
      data: rows.map((_, i) => String(i)),
      triggerEvent: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        formatter: (v) => {
          const r = rows[Number(v)];
          return r.text ? "{" + style(r) + "|" + r.text + "}" : "";
        },
        rich: rich,
        margin: 6,
      },
    };
  }

  function tooltip(rows) {
    // Rich text: drawn in the chart, never HTML with inline styles (the page's CSP).
    return {
      trigger: "item",
      renderMode: "richText",
      confine: true,
      formatter: (p) => {
        const r = rows[p.data.row];
        return r.label + "\n" + (r.tip || r.text);
      },
    };
  }

  function draw(box, rows, option) {
    box.style.height = rows.length * ROW + PAD + "px";
    const chart = echarts.init(box, null, { renderer: "svg" });
    // Marked once drawn and the bars have grown to their length (tests wait for it).
    chart.on("finished", () => (box.dataset.drawn = "true"));
    chart.setOption(Object.assign({ textStyle: { fontFamily: FONT } }, option));
    chart.on("click", (p) => {
      const i = p.componentType === "yAxis" ? Number(p.value) : p.data && p.data.row;
      const r = rows[i];
      if (r && r.url) window.location.assign(r.url);
    });
    window.addEventListener("resize", () => chart.resize());
    return chart;
  }

  function labelWidth(box) {
    return Math.round(Math.min(170, Math.max(90, box.clientWidth * 0.36)));
  }

  function grid() {
    return { left: 4, right: 8, top: 4, bottom: 4, containLabel: true };
  }

  function indicators(box, data, labels) {
    const rows = data.rows;
    const width = labelWidth(box);
    const bars = rows.map((r, i) =>
      r.kind === "pillar"
        ? { value: "-", row: i }
        : {
            value: r.value === null ? 0 : r.value,
            row: i,
            itemStyle: { color: BAR[r.status] },
          }
    );
    const marks = [];
    rows.forEach((r, i) => {
      if (r.kind === "indicator" && r.expected !== null) marks.push({ value: [r.expected, i], row: i });
    });
    return draw(box, rows, {
      tooltip: tooltip(rows),
      grid: grid(),
      xAxis: percentAxis(rows, box),
      yAxis: [
        categoryAxis(rows, width, (r) => (r.kind === "pillar" ? "{pillar|" + r.label + "}" : r.label)),
        valueAxis(rows, (r) => r.status),
      ],
      series: [
        { name: labels.completion, type: "bar", data: bars, barWidth: 12 },
        {
          name: labels.expected,
          type: "scatter",
          data: marks,
          symbol: "rect",
          symbolSize: [3, 18],
          itemStyle: { color: INK },
          z: 3,
        },
      ],
    });
  }

  function ranking(box, data, labels) {
    const rows = data.rows;
    const width = labelWidth(box);
    const bars = rows.map((r, i) => ({
      value: r.value === null ? 0 : r.value,
      row: i,
      itemStyle: { color: r.value === null ? BAR.missing : BAR.met },
    }));
    const move = (r) => (r.movement > 0 ? "green" : r.movement < 0 ? "red" : "missing");
    return draw(box, rows, {
      tooltip: tooltip(rows),
      grid: grid(),
      xAxis: percentAxis(rows, box),
      yAxis: [categoryAxis(rows, width, (r) => r.label), valueAxis(rows, move)],
      series: [{ name: labels.score, type: "bar", data: bars, barWidth: 12 }],
    });
  }

  function projects(box, data, labels) {
    const rows = data.rows;
    const width = labelWidth(box);
    const bars = rows.map((r, i) => ({
      value: r.value === null ? 0 : r.value,
      row: i,
      itemStyle: { color: r.value === null ? BAR.missing : r.behind ? BAR.red : BAR.green },
    }));
    const state = (r) => (r.value === null ? "missing" : r.behind ? "red" : "green");
    const series = { name: labels.completion, type: "bar", data: bars, barWidth: 12 };
    if (data.expected !== null) {
      series.markLine = {
        symbol: "none",
        silent: true,
        label: { show: false },
        lineStyle: { type: "dashed", color: INK, width: 1.5 },
        data: [{ xAxis: data.expected, name: labels.elapsed }],
      };
    }
    return draw(box, rows, {
      tooltip: tooltip(rows),
      grid: grid(),
      xAxis: percentAxis(rows, box),
      yAxis: [categoryAxis(rows, width, (r) => r.label), valueAxis(rows, state)],
      series: [series],
    });
  }

  const CHARTS = { indicators: indicators, ranking: ranking, projects: projects };

  document.addEventListener("DOMContentLoaded", function () {
    const source = document.getElementById("dashboard-data");
    if (!source || typeof echarts === "undefined") return;
    const data = JSON.parse(source.textContent);
    document.querySelectorAll("[data-chart]").forEach((box) => {
      const name = box.dataset.chart;
      if (data[name] && data[name].rows.length) CHARTS[name](box, data[name], data.labels);
      else box.closest(".dash-panel").classList.add("dash-empty");
    });
  });
})();
