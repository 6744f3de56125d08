// Starts the SurveyJS comparison page as SurveyJS's guide shows, with one addition: a deep link such as
// "#/q/role?date=2019-10-05" gives those answers and opens the first page still to answer, as the app's links do.
const survey = new Survey.Model(window.surveyJson);
const given = new URLSearchParams(location.hash.split("?")[1] || "");
for (const [name, value] of given) survey.setValue(name, value);
const open = survey.visiblePages.find((page) => page.questions.some((q) => q.isVisible && q.isEmpty()));
if (open) survey.currentPage = open;

document.addEventListener("DOMContentLoaded", function () {
  survey.render(document.getElementById("surveyContainer"));
});
