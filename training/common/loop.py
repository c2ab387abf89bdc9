"""A resumable training loop: AdamW, linear warm-up and decay, checkpoints every few minutes."""
import json
import os
import sys
import time

import torch


def log(message):
    print(time.strftime("%H:%M:%S"), message, flush=True)


def train(model, batches, total_steps, lr, checkpoint, loss_of, every_seconds=300, on_epoch=None, warmup=0.06):
    """Runs `total_steps` steps over `batches(epoch)` (a list of batches per epoch).

    The checkpoint (model, optimiser, schedule, position) is written every `every_seconds` and at
    the end; a run started again with the same arguments resumes where the last one stopped.
    """
    dev = next(model.parameters()).device
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, int(total_steps * warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total_steps - s) / max(1, total_steps - warm))))
    state = {"step": 0, "epoch": 0, "index": 0, "history": []}
    if os.path.exists(checkpoint):
        saved = torch.load(checkpoint, map_location=dev)
        model.load_state_dict(saved["model"])
        opt.load_state_dict(saved["opt"])
        sched.load_state_dict(saved["sched"])
        state = saved["state"]
        log(f"resumed from {checkpoint} at step {state['step']} of {total_steps}")

    def save():
        tmp = checkpoint + ".tmp"
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(), "state": state}, tmp)
        os.replace(tmp, checkpoint)

    last_save, started, running, seen = time.time(), time.time(), 0.0, 0
    while state["step"] < total_steps:
        epoch_batches = batches(state["epoch"])
        model.train()
        while state["index"] < len(epoch_batches) and state["step"] < total_steps:
            batch = {k: v.to(dev) for k, v in epoch_batches[state["index"]].items()}
            loss = loss_of(model, batch)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            state["step"] += 1
            state["index"] += 1
            running += loss.item()
            seen += 1
            if state["step"] % 50 == 0:
                rate = seen / (time.time() - started)
                log(f"step {state['step']}/{total_steps} epoch {state['epoch']} loss {running / 50:.4f} "
                    f"lr {sched.get_last_lr()[0]:.2e} {rate:.2f} steps/s, eta {(total_steps - state['step']) / max(rate, 1e-9) / 60:.0f} min")
                running = 0.0
            if time.time() - last_save > every_seconds:
                save()
                last_save = time.time()
        if state["index"] >= len(epoch_batches):
            if on_epoch:
                result = on_epoch(state["epoch"])
                state["history"].append({"epoch": state["epoch"], "step": state["step"], **(result or {})})
                log(f"epoch {state['epoch']} done: {json.dumps(result)}")
            state["epoch"] += 1
            state["index"] = 0
        save()
        last_save = time.time()
    save()
    return state["history"]


if __name__ == "__main__":
    sys.exit("a library; run training/attribution/train.py or training/nli/train.py")
