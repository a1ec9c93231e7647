// A <select data-autosubmit> sends its form as soon as a choice is made (the plan switcher,
// the language and the month pickers); without JavaScript their <noscript> button does it.
// Kept in a file because the content security policy refuses inline handlers.
document.addEventListener("change", function (event) {
  const field = event.target;
  if (field.matches && field.matches("select[data-autosubmit]") && field.form) field.form.submit();
});
