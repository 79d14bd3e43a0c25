              // phakhi's network page script (graph/views/network.js, inlined by draw.py after drawGraph()).
              // It only switches what `page` wrote: filters set `hidden` (and `physics`) through vis-network's
              // DataSet API, colouring sets `color`. Text from releases goes into the DOM with textContent only.
              (function () {
                var S = phakhiSettings;
                var pinned = {};  // nodes the reader looked for: shown whatever the filters say
                function $(id) { return document.getElementById(id); }
                function tip(rows, href) {
                  var box = document.createElement('div');
                  box.className = 'phakhi-tip';
                  rows.forEach(function (row) {
                    var line = document.createElement('div');
                    line.className = 'tip-' + (row[0] || 'x');
                    line.textContent = row[1];
                    box.appendChild(line);
                  });
                  if (typeof href === 'string' && href.indexOf('/entity/') === 0) {
                    var link = document.createElement('a');
                    link.href = href;
                    link.textContent = 'หน้าข้อมูล / entity page (double-click)';
                    box.appendChild(link);
                  }
                  return box;
                }
                nodes.update(nodes.get().map(function (n) { return {id: n.id, title: tip(n.tip || [], n.href)}; }));
                edges.update(edges.get().map(function (e) { return {id: e.id, title: tip(e.tip || [])}; }));
                network.on('doubleClick', function (params) {
                  var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
                  if (node && typeof node.href === 'string' && node.href.indexOf('/entity/') === 0) {
                    window.location.assign(node.href);
                  }
                });

                // Filters: an edge shows when its kind is ticked and enough of its releases fall in the date
                // range (undated releases count in every range); weak kinds need `threshold` releases. A node
                // shows when an edge of it shows, or it is the centre, had no edge at all, or was looked for.
                function apply() {
                  var on = {};
                  document.querySelectorAll('input.relation').forEach(function (box) { on[box.value] = box.checked; });
                  var slider = $('threshold'), least = slider ? +slider.value : 1;
                  if ($('threshold-value')) { $('threshold-value').textContent = least; }
                  var from = $('from') ? $('from').value : '', to = ($('to') && $('to').value) || '9999-12-31';
                  var touched = {}, shownEdges = 0, shownNodes = 0;
                  edges.update(edges.get().map(function (e) {
                    var inRange = e.when.filter(function (d) { return !d || (d >= from && d <= to); }).length;
                    var show = on[e.relation] !== false && inRange >= (e.weak ? least : 1) && inRange > 0;
                    if (show) { touched[e.from] = touched[e.to] = true; shownEdges++; }
                    return {id: e.id, hidden: !show, physics: show};
                  }));
                  nodes.update(nodes.get().map(function (n) {
                    var show = n.id === S.centre || n.lonely || !!touched[n.id] || !!pinned[n.id];
                    if (show) { shownNodes++; }
                    return {id: n.id, hidden: !show, physics: show && n.id !== S.centre};
                  }));
                  $('shown').textContent = 'แสดง / showing ' + shownNodes + ' nodes, ' + shownEdges + ' edges';
                }
                window.phakhiVisible = function () {
                  return {nodes: nodes.get({filter: function (n) { return !n.hidden; }}).length,
                          edges: edges.get({filter: function (e) { return !e.hidden; }}).length};
                };

                // Colour by class (the legend's colours) or by community (the list of communities).
                function paint() {
                  var picked = document.querySelector('input[name=colour]:checked');
                  var mode = picked ? picked.value : 'kind';
                  nodes.update(nodes.get().filter(function (n) { return n.id !== S.centre; }).map(function (n) {
                    var colour = S.palette.kind[n.kind] || '#7f7f7f';
                    if (mode === 'community') {
                      colour = n.community >= 0 && n.community < S.palette.community.length
                        ? S.palette.community[n.community] : S.palette.other;
                    }
                    return {id: n.id, color: colour};
                  }));
                  if ($('communities')) { $('communities').hidden = mode !== 'community'; }
                }

                // Far nodes have small labels (drawn only when zoomed in): hovering one shows it large.
                var small = {};
                nodes.get().forEach(function (n) { small[n.id] = n.font.size; });
                function emphasise(id, on) {
                  var n = nodes.get(id);
                  if (!n || n.ring < 2 || pinned[id]) { return; }
                  nodes.update({id: id, font: on ? {size: 18, background: 'rgba(255,255,255,0.85)'}
                                                 : {size: small[id], background: 'rgba(255,255,255,0)'}});
                }
                network.on('hoverNode', function (p) { emphasise(p.node, true); });
                network.on('blurNode', function (p) { emphasise(p.node, false); });

                // The opening view: the centre in the middle, zoomed so that it and its partners fill the canvas
                // (a view without a centre: all of it). Labels of the centre and its partners (or the hubs) are
                // made at least READABLE pixels high at that zoom; the rest stay under the draw threshold.
                var READABLE = 13;
                function home() {
                  var shown = function (n) { return !n.hidden && (!S.centre || n.ring <= 1); };
                  var near = nodes.getIds({filter: shown});
                  if (near.length < 2) { near = nodes.getIds({filter: function (n) { return !n.hidden; }}); }
                  network.fit({nodes: near, animation: false});
                  var scale = Math.min(network.getScale(), 1.5);
                  var middle = S.centre ? network.getPositions([S.centre])[S.centre] : network.getViewPosition();
                  network.moveTo({position: middle, scale: scale, animation: false});
                  nodes.update(nodes.get({filter: function (n) { return n.ring <= 1; }}).map(function (n) {
                    return {id: n.id, font: {size: Math.max(small[n.id], READABLE / scale)}};
                  }));
                }

                function find(event) {
                  event.preventDefault();
                  var text = $('find-text').value.trim().toLowerCase();
                  if (!text) { return; }
                  var all = nodes.get();
                  var hit = all.filter(function (n) { return n.find.indexOf(text) >= 0; })[0];
                  if (!hit) {
                    hit = all.filter(function (n) { return n.find.some(function (x) { return x.indexOf(text) >= 0; }); })
                      .sort(function (a, b) { return b.size - a.size; })[0];
                  }
                  if (!hit) { $('find-result').textContent = 'ไม่พบ / not found: ' + text; return; }
                  pinned[hit.id] = true;
                  apply();
                  nodes.update({id: hit.id, font: {size: 20, background: 'rgba(255,255,255,0.9)'}});
                  network.selectNodes([hit.id]);
                  network.focus(hit.id, {scale: Math.max(network.getScale(), 1), animation: false});
                  $('find-result').textContent = 'พบ / found: ' + hit.label.split('\n')[0];
                  window.phakhiFound = hit.id;
                }

                function relayout() {
                  network.setOptions({physics: {enabled: true}});
                  network.once('stabilizationIterationsDone', function () {
                    network.setOptions({physics: {enabled: false}});
                    home();
                  });
                  network.stabilize(300);
                }

                document.querySelectorAll('input.relation').forEach(function (box) { box.addEventListener('change', apply); });
                ['from', 'to'].forEach(function (id) { if ($(id)) { $(id).addEventListener('change', apply); } });
                if ($('threshold')) { $('threshold').addEventListener('input', apply); }
                document.querySelectorAll('input[name=colour]').forEach(function (r) { r.addEventListener('change', paint); });
                $('find').addEventListener('submit', find);
                $('home').addEventListener('click', home);
                $('relayout').addEventListener('click', relayout);
                apply();
                paint();
                function ready() {  // ready once drawn in the opening view, at the canvas's final size
                  network.setOptions({physics: {enabled: false}});
                  network.setSize('100%', '100%');
                  home();
                  network.once('afterDrawing', function () { window.phakhiReady = true; });
                  network.redraw();
                }
                if (!S.large) { network.once('stabilizationIterationsDone', ready); } else { ready(); }
              })();
