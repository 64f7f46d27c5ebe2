(function(){
  var boxes = Array.prototype.slice.call(document.querySelectorAll('nav input[data-rule]'));
  function show(el, on){ if (on) { el.removeAttribute('hidden'); } else { el.setAttribute('hidden', ''); } }
  function apply(){
    var on = {}, all = true;
    boxes.forEach(function(b){ on[b.getAttribute('data-rule')] = b.checked; all = all && b.checked; });
    document.querySelectorAll('li[data-finding]').forEach(function(el){ show(el, on[el.getAttribute('data-rule')]); });
    document.querySelectorAll('g[data-rules]').forEach(function(el){
      var rules = el.getAttribute('data-rules').split(' ');
      var listed = rules.filter(function(r){ return r in on; });
      show(el, listed.length === 0 ? all : listed.some(function(r){ return on[r]; }));
    });
    document.querySelectorAll('.photo').forEach(function(fig){
      show(fig, fig.querySelectorAll('li[data-finding]:not([hidden])').length > 0 || (all && fig.hasAttribute('data-boxes')));
    });
    document.querySelectorAll('section.file').forEach(function(sec){
      show(sec, sec.querySelectorAll('li[data-finding]:not([hidden])').length > 0 || sec.hasAttribute('data-failed')
                || sec.querySelectorAll('.photo:not([hidden])').length > 0);
    });
    document.getElementById('visible').textContent = document.querySelectorAll('li[data-finding]:not([hidden])').length;
  }
  function fromHash(){
    var match = /(?:^|[#&])rule=([^&]*)/.exec(location.hash);
    if (!match) { return; }
    var wanted = decodeURIComponent(match[1]).split(',');
    boxes.forEach(function(b){ b.checked = wanted.indexOf(b.getAttribute('data-rule')) >= 0; });
  }
  boxes.forEach(function(b){ b.addEventListener('change', apply); });
  document.getElementById('all').addEventListener('click', function(){ boxes.forEach(function(b){ b.checked = true; }); apply(); });
  document.getElementById('none').addEventListener('click', function(){ boxes.forEach(function(b){ b.checked = false; }); apply(); });
  window.addEventListener('hashchange', function(){ fromHash(); apply(); });
  fromHash();
  apply();
})();
