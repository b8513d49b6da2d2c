// The channel tab's configuration: when the person presses Save in Teams, tell Teams (TeamsJS) which list the
// tab shows. The address is built from the form exactly as the server builds it (bot/web/teams_tab.py).
(function () {
  'use strict';
  var form = document.getElementById('tabkeuze');
  var teams = window.microsoftTeams;
  if (!form || !teams) { return; }

  function choice() {
    var soort = form.elements.soort;
    var params = new URLSearchParams();
    var holder = form.elements.portefeuillehouder.value.trim();
    if (holder) { params.set('portefeuillehouder', holder); }
    if (form.elements.te_laat.checked) { params.set('te_laat', 'ja'); }
    var query = params.toString();
    return {
      kind: soort.value,
      name: soort.options[soort.selectedIndex].text,
      address: window.location.origin + '/' + soort.value + (query ? '?' + query : ''),
    };
  }

  teams.app.initialize().then(function () {
    teams.pages.config.registerOnSaveHandler(function (save) {
      var chosen = choice();
      teams.pages.config.setConfig({
        entityId: 'samenspel-' + chosen.kind,
        contentUrl: chosen.address,
        websiteUrl: chosen.address,
        suggestedDisplayName: chosen.name,
      }).then(function () { save.notifySuccess(); }, function (error) { save.notifyFailure(String(error)); });
    });
    teams.pages.config.setValidityState(true);
  });
})();
