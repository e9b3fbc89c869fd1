"""Screenshot `jixiao serve` in headless Chromium (DevTools protocol over aiohttp): python docs/serve_screenshot.py URL OUT.png [SECONDS]."""
import asyncio, base64, json, subprocess, sys, time, urllib.request
import aiohttp

APP, OUT = sys.argv[1], sys.argv[2]

async def main():
    chrome = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                               "--remote-debugging-port=9333", "--window-size=1280,800", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json/list"))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.2)
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                ids = iter(range(1, 10**6))
                async def call(method, **params):
                    n = next(ids)
                    await ws.send_json({"id": n, "method": method, "params": params})
                    while True:
                        msg = await ws.receive_json()
                        if msg.get("id") == n:
                            return msg.get("result", {})
                await call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
                await call("Page.enable")
                await call("Page.navigate", url=APP)
                await asyncio.sleep(3)
                for kind in ("mousePressed", "mouseReleased"):
                    await call("Input.dispatchMouseEvent", type=kind, x=640, y=400, button="left", clickCount=1)
                await asyncio.sleep(float(sys.argv[3]) if len(sys.argv) > 3 else 25)
                shot = await call("Page.captureScreenshot", format="png")
                open(OUT, "wb").write(base64.b64decode(shot["data"]))
    finally:
        chrome.terminate(); chrome.wait()

asyncio.run(main())
