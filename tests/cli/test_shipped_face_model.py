"""The face model comes with the screener: photos are screened without a download or a mirror."""

from __future__ import annotations

from PIL import Image

from screener.images import model_files


def test_the_shipped_model_is_the_pinned_one_with_its_licence_beside_it():
    shipped = model_files.PACKAGED_MODELS / model_files.YUNET.name
    assert shipped.stat().st_size == model_files.YUNET.size
    assert model_files.sha256_of(shipped) == model_files.YUNET.sha256
    licence = (model_files.PACKAGED_MODELS / "LICENSE-yunet.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Copyright (c) 2020 Shiqi Yu" in licence


def test_a_photo_is_screened_for_faces_with_no_model_mirror_and_an_empty_cache(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    Image.new("RGB", (640, 480), (120, 160, 140)).save(tmp_path / "plein.jpg")

    result = screener("check", "plein.jpg", cwd=tmp_path, XDG_CACHE_HOME=str(tmp_path / "lege-cache"))

    assert result.returncode == 0, result.out
    assert "E-GEZICHTMODEL" not in result.out
    assert "Geen bevindingen in 1 bestand" in result.out


def test_a_configured_model_that_is_not_the_pinned_one_fails_the_photo_instead_of_passing_it(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "ander-model.onnx").write_bytes(b"niet het model" * 100)
    (tmp_path / "screener.toml").write_text('[images]\nmodel = "ander-model.onnx"\n', encoding="utf-8")
    Image.new("RGB", (640, 480), (120, 160, 140)).save(tmp_path / "plein.jpg")

    result = screener("check", "plein.jpg", cwd=tmp_path)

    assert result.returncode == 3, result.out
    assert "plein.jpg" in result.out and "E-GEZICHTMODEL" in result.out and "sha256" in result.out
