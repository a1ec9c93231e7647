// The indicator chart: year-to-date actual against the target path (时序进度), by month.
document.addEventListener("DOMContentLoaded", function () {
  const box = document.getElementById("indicator-chart");
  const source = document.getElementById("chart-data");
  if (!box || !source || typeof echarts === "undefined") return;
  const data = JSON.parse(source.textContent);
  const labels = document.getElementById("charts-script").dataset;
  const chart = echarts.init(box, null, { renderer: "svg" });
  chart.setOption({
    tooltip: { trigger: "axis" },
    legend: { data: [labels.actual, labels.target] },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: "category", data: data.months },
    yAxis: { type: "value" },
    series: [
      { name: labels.actual, type: "bar", data: data.actual, itemStyle: { color: "#2f6f4f" } },
      { name: labels.target, type: "line", data: data.target, lineStyle: { type: "dashed" }, itemStyle: { color: "#b3261e" } },
    ],
  });
  window.addEventListener("resize", () => chart.resize());
});
