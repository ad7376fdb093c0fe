# syntax=docker/dockerfile:1

# Build: one static binary (the SQLite driver is pure Go, so no cgo).
FROM golang:1.26-bookworm AS build
ENV CGO_ENABLED=0 GOTOOLCHAIN=auto
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags='-s -w' -o /out/xiangcai ./cmd/xiangcai

# Run: Debian slim rather than distroless, because video lessons are
# transcoded with ffmpeg and ffprobe. The server runs as an unprivileged user.
FROM debian:bookworm-slim
RUN apt-get update \
	&& apt-get install -y --no-install-recommends ca-certificates ffmpeg tzdata \
	&& rm -rf /var/lib/apt/lists/* \
	&& useradd --system --uid 10001 --user-group --home-dir /var/lib/xiangcai \
		--create-home --shell /usr/sbin/nologin xiangcai
COPY --from=build /out/xiangcai /usr/local/bin/xiangcai
ENV XIANGCAI_LISTEN=:8080 XIANGCAI_DATA_DIR=/var/lib/xiangcai
WORKDIR /var/lib/xiangcai
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
	CMD ["/usr/local/bin/xiangcai", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/xiangcai"]
CMD ["serve"]
