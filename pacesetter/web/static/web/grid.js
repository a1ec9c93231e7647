// Keyboard movement in the entry grid: Enter and ↓ go to the cell below, ↑ above,
// ← → along the row when the caret is at the edge of the text.
document.addEventListener("keydown", function (event) {
  const cell = event.target;
  if (!cell.classList || !cell.classList.contains("cell")) return;
  const form = cell.closest("form");
  const row = cell.closest("tr");
  const column = Array.from(row.querySelectorAll("input.cell")).indexOf(cell);
  const rows = Array.from(form.querySelectorAll("tbody tr")).filter(r => r.querySelector("input.cell"));
  const at = rows.indexOf(row);
  const focus = (r, c) => {
    const target = r && r.querySelectorAll("input.cell")[c];
    if (target) { event.preventDefault(); target.focus(); target.select(); }
  };
  if (event.key === "Enter" || event.key === "ArrowDown") focus(rows[at + 1], column);
  else if (event.key === "ArrowUp") focus(rows[at - 1], column);
  else if (event.key === "ArrowRight" && cell.selectionStart === cell.value.length) focus(row, column + 1);
  else if (event.key === "ArrowLeft" && cell.selectionStart === 0) focus(row, column - 1);
});
