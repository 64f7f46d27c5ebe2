// screener serve: the page. Plain JavaScript, no build step, no third-party code.
// Text is always put into the page with textContent, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const mode = $("invoer").dataset.mode;
  const maxBytes = Number($("invoer").dataset.maxMb) * 1024 * 1024 * 0.74;  // files travel base64-encoded
  const IMAGE = /\.(jpe?g|jfif|png|webp|gif|bmp|tiff?|heic|heif|avif)$/i;
  const state = { name: "bericht.txt", file: null, photos: [] };
  const remembered = ["kanaal", "rol", "functie"];

  for (const id of remembered) {
    const saved = localStorage.getItem("screener." + id);
    if (saved !== null) $(id).value = saved;
    $(id).addEventListener("change", () => localStorage.setItem("screener." + id, $(id).value));
  }

  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
      reader.onerror = () => reject(new Error(file.name + ": het bestand kan niet worden gelezen."));
      reader.readAsDataURL(file);
    });
  }

  function status(text, isError) {
    $("status").textContent = text;
    $("status").classList.toggle("error", Boolean(isError));
  }

  function addFiles(files) {
    for (const file of files) {
      if (IMAGE.test(file.name) || file.type.startsWith("image/")) {
        state.photos.push({ file: file, name: file.name, keep: null, people: "" });
      } else {
        state.file = file;
        state.name = file.name;
      }
    }
    showChosen();
  }

  function showChosen() {
    const list = $("gekozen");
    list.replaceChildren();
    const items = (state.file ? [{ name: state.file.name, kind: "bericht" }] : [])
      .concat(state.photos.map((p) => ({ name: p.name, kind: "foto", photo: p })));
    for (const item of items) {
      const li = document.createElement("li");
      li.textContent = item.kind + ": " + item.name + " ";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "link";
      remove.textContent = "weghalen";
      remove.addEventListener("click", () => {
        if (item.photo) state.photos.splice(state.photos.indexOf(item.photo), 1);
        else state.file = null;
        showChosen();
      });
      li.append(remove);
      list.append(li);
    }
  }

  $("dropzone").addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); $("bestanden").click(); }
  });
  $("bestanden").addEventListener("change", (event) => { addFiles(event.target.files); event.target.value = ""; });
  for (const target of [$("dropzone"), $("tekst")]) {
    target.addEventListener("dragover", (event) => { event.preventDefault(); $("dropzone").classList.add("over"); });
    target.addEventListener("dragleave", () => $("dropzone").classList.remove("over"));
    target.addEventListener("drop", (event) => {
      event.preventDefault();
      $("dropzone").classList.remove("over");
      addFiles(event.dataTransfer.files);
    });
  }

  function context() {
    return { channel: $("kanaal").value, author_role: $("rol").value, author_function: $("functie").value };
  }

  async function photoBody(photo) {
    const body = { name: photo.name, data: await base64(photo.file) };
    if (photo.people.trim()) body.people = photo.people;  // declared mode: who the user says is on it
    return body;
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    if (!response.ok) {
      let message = "De screener gaf een fout (" + response.status + ").";
      try { message = (await response.json()).fout || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  async function check(withPhotos) {
    const size = (state.file ? state.file.size : 0) + (withPhotos ? state.photos.reduce((n, p) => n + p.file.size, 0) : 0);
    if (size > maxBytes) {
      status("Te groot om in één keer te controleren (hoogstens " + $("invoer").dataset.maxMb +
             " MB); haal een paar foto's weg of verklein ze.", true);
      return;
    }
    const button = $("controleer");
    button.disabled = true;
    status("Bezig met controleren …");
    try {
      const body = Object.assign({ text: $("tekst").value, name: state.name }, context());
      if (state.file) body.file = { name: state.file.name, data: await base64(state.file) };
      body.photos = withPhotos
        ? await Promise.all(state.photos.map(async (p) => photoBody(p)))
        : [];
      const answer = await (await post("/api/controleer", body)).json();
      if (state.file) { state.file = null; showChosen(); }
      state.name = answer.name;
      $("tekst").value = answer.text;
      renderText(answer);
      if (withPhotos) renderPhotos(answer.photos);
      status("Klaar.");
      $("uitkomst").hidden = false;
    } catch (error) {
      status(error.message, true);
    } finally {
      button.disabled = false;
    }
  }

  $("controleer").addEventListener("click", () => check(true));

  function summary(findings) {
    if (!findings.length) return "In de tekst vond de screener niets dat het protocol of de AVG breekt.";
    const count = (sev) => findings.filter((f) => f.severity === sev).length;
    const parts = [];
    if (count("error")) parts.push(count("error") + (count("error") === 1 ? " fout" : " fouten"));
    if (count("warning")) parts.push(count("warning") + (count("warning") === 1 ? " waarschuwing" : " waarschuwingen"));
    if (count("info")) parts.push(count("info") + " ter info");
    return "In de tekst: " + parts.join(", ") + ". Klik op een knop om een bevinding te verbeteren.";
  }

  function renderText(answer) {
    const text = answer.text;
    const findings = answer.findings;
    $("samenvatting").textContent = summary(findings);
    const marked = $("gemarkeerd");
    marked.replaceChildren();
    const spans = findings.map((f, i) => ({ f: f, n: i + 1 })).filter((s) => s.f.start !== null)
      .sort((a, b) => a.f.start - b.f.start);
    let at = 0;
    for (const span of spans) {
      if (span.f.start < at) continue;  // overlaps the one before: listed, not marked twice
      marked.append(document.createTextNode(text.slice(at, span.f.start)));
      const mark = document.createElement("mark");
      mark.className = span.f.severity;
      mark.dataset.rule = span.f.rule;
      mark.textContent = text.slice(span.f.start, span.f.end);
      const number = document.createElement("sup");
      number.textContent = String(span.n);
      mark.append(number);
      mark.title = span.f.rule + ": " + span.f.title;
      mark.addEventListener("click", () => $("bevinding-" + span.n).scrollIntoView({ behavior: "smooth" }));
      marked.append(mark);
      at = span.f.end;
    }
    marked.append(document.createTextNode(text.slice(at)));
    const list = $("bevindingen");
    list.replaceChildren();
    findings.forEach((f, i) => list.append(findingItem(f, i + 1, true)));
  }

  function line(className, label, text) {
    const p = document.createElement("p");
    p.className = className;
    if (label) {
      const strong = document.createElement("strong");
      strong.textContent = label + " ";
      p.append(strong);
    }
    p.append(document.createTextNode(text));
    return p;
  }

  function findingItem(f, n, withActions) {
    const li = document.createElement("li");
    li.id = withActions ? "bevinding-" + n : "";
    li.className = "finding " + f.severity;
    li.dataset.rule = f.rule;
    const head = document.createElement("h4");
    head.textContent = (withActions ? n + ". " : "") + f.severity_nl + " · " + f.rule + " · " + f.title;
    li.append(head);
    li.append(line("message", "", f.message));
    if (f.line) li.append(line("where", "Waar:", "regel " + f.line + ", kolom " + f.col));
    li.append(line("why", "Waarom:", f.why));
    li.append(line("todo", "Wat te doen:", f.fix));
    const rules = ["protocol " + f.protocol.join(", ")].concat(f.avg ? [f.avg] : []);
    li.append(line("rules", "", rules.join(" · ")));
    for (const action of (withActions && f.actions) || []) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.textContent = action.label;
      if (action.text === null) button.disabled = true;
      button.addEventListener("click", () => { $("tekst").value = action.text; check(false); });
      li.append(button);
    }
    return li;
  }

  $("kopieer").addEventListener("click", async () => {
    const text = $("tekst").value;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      $("tekst").select();
      document.execCommand("copy");
    }
    $("gekopieerd").textContent = "Gekopieerd.";
    setTimeout(() => { $("gekopieerd").textContent = ""; }, 3000);
  });

  function faceClass(face, photo) {
    const status = face.consent ? "ok" : face.rule === "A5-GEZICHT-ZONDER-TOESTEMMING" ? "no" : "unknown";
    return photo.keep.has(face.number) ? status + " keep" : status;
  }

  function renderPhotos(results) {
    const holder = $("fotos");
    holder.replaceChildren();
    results.forEach((result, index) => {
      const photo = state.photos[index];
      photo.keep = new Set(result.faces.filter((f) => f.consent).map((f) => f.number));
      const card = $("foto-sjabloon").content.firstElementChild.cloneNode(true);
      card.querySelector(".photo-name").textContent = result.name;
      const faces = result.faces.length;
      card.querySelector(".photo-hint").textContent = !faces ? "Geen gezichten gevonden."
        : mode === "matching"
          ? faces + " gezicht(en). De schone kopie vervaagt automatisch elk gezicht zonder toestemming."
          : faces + " gezicht(en). Klik op de gezichten van de benoemde personen met toestemming: die blijven " +
            "zichtbaar; de andere gezichten worden in de schone kopie onherkenbaar gemaakt.";
      card.querySelector(".legend").hidden = !faces;
      const people = card.querySelector(".people");
      people.hidden = mode === "matching" || !faces;
      const typed = people.querySelector(".people-input");
      typed.value = photo.people;
      typed.addEventListener("input", () => { photo.people = typed.value; });
      people.querySelector(".recheck").addEventListener("click", () => check(true));
      const frame = card.querySelector(".photo-frame");
      const img = frame.querySelector("img");
      img.src = URL.createObjectURL(photo.file);
      img.alt = result.name;
      for (const face of result.faces) {
        const box = document.createElement("button");
        box.type = "button";
        box.className = "face " + faceClass(face, photo);
        box.dataset.number = String(face.number);
        box.textContent = String(face.number);
        box.title = "Gezicht " + face.number + ": " + face.label;
        box.setAttribute("aria-pressed", String(photo.keep.has(face.number)));
        if (result.width) {
          box.style.left = (100 * face.box.x / result.width) + "%";
          box.style.top = (100 * face.box.y / result.height) + "%";
          box.style.width = (100 * face.box.width / result.width) + "%";
          box.style.height = (100 * face.box.height / result.height) + "%";
        }
        if (mode === "matching") box.disabled = true;
        box.addEventListener("click", () => {
          if (photo.keep.has(face.number)) photo.keep.delete(face.number); else photo.keep.add(face.number);
          box.className = "face " + faceClass(face, photo);
          box.setAttribute("aria-pressed", String(photo.keep.has(face.number)));
        });
        frame.append(box);
      }
      const list = card.querySelector(".photo-findings");
      result.findings.forEach((f, i) => list.append(findingItem(f, i + 1, false)));
      card.querySelector(".download").addEventListener("click", (event) => download(photo, event.target));
      holder.append(card);
    });
  }

  async function download(photo, button) {
    button.disabled = true;
    status("Schone kopie maken …");
    try {
      const body = Object.assign({ photo: await photoBody(photo), keep: Array.from(photo.keep) }, context());
      const response = await post("/api/schone-kopie", body);
      const disposition = response.headers.get("Content-Disposition") || "";
      const name = decodeURIComponent((disposition.match(/filename\*=UTF-8''([^;]+)/) || [])[1] || "foto.schoon.jpg");
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      status("Schone kopie gedownload: " + name + " (" + response.headers.get("X-Vervaagd") + " gezicht(en) vervaagd).");
    } catch (error) {
      status(error.message, true);
    } finally {
      button.disabled = false;
    }
  }
})();
