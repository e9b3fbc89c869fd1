"""Screenshot `jixiao serve` in headless Chromium over the DevTools protocol: python docs/serve_screenshot.py URL OUT.png [SECONDS]."""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
import time
import urllib.request

import aiohttp

DEBUG_PORT = 9333


def _page_socket() -> str:
    for _ in range(100):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{DEBUG_PORT}/json/list"))
            return next(target for target in targets if target["type"] == "page")["webSocketDebuggerUrl"]
        except (OSError, StopIteration):
            time.sleep(0.2)
    raise RuntimeError("Chromium did not open its DevTools port")


async def screenshot(url: str, out: str, seconds: float) -> None:
    """Open the page, click its launch dialog (textual-serve starts the app on a click), wait, save a PNG.

    Args:
        url: where `jixiao serve` listens.
        out: the PNG to write.
        seconds: how long the app gets to start and fill its results.
    """
    chrome = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                               f"--remote-debugging-port={DEBUG_PORT}", "--window-size=1280,800", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        async with aiohttp.ClientSession() as session, session.ws_connect(_page_socket(), max_msg_size=0) as ws:
            serial = 0

            async def call(method: str, **params):
                nonlocal serial
                serial += 1
                await ws.send_json({"id": serial, "method": method, "params": params})
                while True:
                    message = await ws.receive_json()
                    if message.get("id") == serial:
                        return message.get("result", {})

            await call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
            await call("Page.enable")
            await call("Page.navigate", url=url)
            await asyncio.sleep(3)
            for kind in ("mousePressed", "mouseReleased"):
                await call("Input.dispatchMouseEvent", type=kind, x=640, y=400, button="left", clickCount=1)
            await asyncio.sleep(seconds)
            shot = await call("Page.captureScreenshot", format="png")
            with open(out, "wb") as handle:
                handle.write(base64.b64decode(shot["data"]))
    finally:
        chrome.terminate()
        chrome.wait()


if __name__ == "__main__":
    asyncio.run(screenshot(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 25))
