from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from pacesetter.briefs.selectors import brief_of, brief_plans, latest_snapshot, live_state
from pacesetter.briefs.services import snapshot_take


@login_required
def brief(request):
    """One screen per plan the user follows: what changed since yesterday's snapshot. The
    snapshot of today is taken after yesterday's is read, where the worker has not yet."""
    today = timezone.localdate()
    briefs = []
    for plan in brief_plans(user=request.user):
        snapshot = latest_snapshot(plan=plan, before=today)
        live = live_state(plan=plan, today=today)
        briefs.append(brief_of(user=request.user, live=live, snapshot=snapshot))
        snapshot_take(plan, today, live=live)
    return render(request, "briefs/brief.html", {"briefs": briefs, "today": today})
